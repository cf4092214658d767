package be.brussels.poles.housing.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How full a site is over time: for each month, a snapshot on its first day of the units that
 * could be let then and of those under a lease. Computed from the units' leases, never stored,
 * so it cannot drift from them.
 *
 * @param rate leased surface over lettable surface, in percent with one decimal; zero when
 *     nothing could be let
 */
public record Occupancy(YearMonth month, int lettableUnits, int leasedUnits, int lettableSurface,
    int leasedSurface, BigDecimal rate) {

  /** The most months one request may cover (ten years). */
  public static final int MAX_MONTHS = 120;

  /** One snapshot per month from {@code first}, {@code months} of them. */
  public static List<Occupancy> monthly(List<Unit> units, YearMonth first, int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months " + months);
    }
    List<Occupancy> series = new ArrayList<>(months);
    for (int i = 0; i < months; i++) {
      YearMonth month = first.plusMonths(i);
      series.add(on(units, month));
    }
    return series;
  }

  private static Occupancy on(List<Unit> units, YearMonth month) {
    LocalDate day = month.atDay(1);
    int lettable = 0;
    int leased = 0;
    int lettableSurface = 0;
    int leasedSurface = 0;
    for (Unit unit : units) {
      boolean leasedThatDay = unit.leaseOn(day).isPresent();
      boolean lettableThatDay = !day.isBefore(unit.availableFrom())
          && (unit.availableUntil() == null || !day.isAfter(unit.availableUntil()));
      if (lettableThatDay || leasedThatDay) {
        lettable++;
        lettableSurface += unit.surface();
      }
      if (leasedThatDay) {
        leased++;
        leasedSurface += unit.surface();
      }
    }
    BigDecimal rate = lettableSurface == 0 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(leasedSurface * 100L)
            .divide(BigDecimal.valueOf(lettableSurface), 1, RoundingMode.HALF_UP);
    return new Occupancy(month, lettable, leased, lettableSurface, leasedSurface, rate);
  }
}
