package be.brussels.poles.crm.indicator;

import java.time.Instant;
import java.util.List;

/**
 * The SBA dashboard's indicators for a period: counts only, never a company or a person.
 *
 * @param rows every figure, as (indicator, dimension, value)
 */
public record IndicatorReport(Instant from, Instant until, List<Row> rows) {

  public IndicatorReport {
    rows = List.copyOf(rows);
  }

  /**
   * One figure.
   *
   * @param indicator e.g. "companies_supported_per_pole"
   * @param dimension e.g. "FINANCING", or "" for a total
   */
  public record Row(String indicator, String dimension, double value) {}
}
