package be.brussels.poles.crm.indicator;

import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the SBA dashboard's indicators as JSON and as a CSV export of the same aggregates.
 * Default period: the current calendar year so far (Brussels).
 */
@RestController
public class IndicatorController {

  private final Indicators indicators;
  private final Clock clock;

  public IndicatorController(Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.clock = clock;
  }

  @GetMapping(path = "/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
  public IndicatorReport json(@RequestParam(required = false) String from,
      @RequestParam(required = false) String until) {
    return report(from, until);
  }

  /** The same figures, one per line: {@code indicator,dimension,value}. */
  @GetMapping(path = "/indicators.csv", produces = "text/csv")
  public ResponseEntity<String> csv(@RequestParam(required = false) String from,
      @RequestParam(required = false) String until) {
    IndicatorReport report = report(from, until);
    StringBuilder csv = new StringBuilder("indicator,dimension,value\n");
    for (IndicatorReport.Row row : report.rows()) {
      csv.append(row.indicator()).append(',').append(quoted(row.dimension())).append(',')
          .append(row.value() == Math.rint(row.value()) ? String.valueOf((long) row.value())
              : String.format(Locale.ROOT, "%.1f", row.value()))
          .append('\n');
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sba-indicators.csv\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(csv.toString());
  }

  private IndicatorReport report(String from, String until) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<Instant> start = QueryParams.instant(from, "from", violations);
    Optional<Instant> end = QueryParams.instant(until, "until", violations);
    QueryParams.orderedRange(start, end, violations);
    InputChecks.throwIfAny(violations);
    Instant now = clock.instant();
    Instant begin = start.orElseGet(() -> LocalDate.ofInstant(now, QueryParams.BRUSSELS)
        .withDayOfYear(1).atStartOfDay(QueryParams.BRUSSELS).toInstant());
    return indicators.compute(CurrentCaller.get(), begin, end.orElse(now));
  }

  /** Dimensions are our own codes; quoting keeps the CSV valid whatever they become. */
  private static String quoted(String value) {
    return value.matches("[A-Za-z0-9_.>-]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
  }
}
