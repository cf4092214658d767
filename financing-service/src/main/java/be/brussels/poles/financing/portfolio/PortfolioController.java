package be.brussels.poles.financing.portfolio;

import be.brussels.poles.financing.application.FinancingApplicationService;
import be.brussels.poles.financing.application.FinancingApplication;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio over REST ({@code /api/financing/portfolio}): companies, net book value by
 * instrument and by subsidiary, the year's volume against the SBA targets, and a CSV export.
 */
@RestController
@RequestMapping("/portfolio")
public class PortfolioController {

  private final FinancingApplicationService applications;
  private final Clock clock;

  public PortfolioController(FinancingApplicationService applications, Clock clock) {
    this.applications = applications;
    this.clock = clock;
  }

  /** Amounts as strings; {@code year} defaults to the current one. */
  public record PortfolioView(int companies, int targetCompanies, String netBookValue,
      Map<String, String> byInstrument, Map<String, String> bySubsidiary, int year,
      String yearlyVolume, int yearlyDecisions, String targetYearlyMin, String targetYearlyMax,
      String currency) {}

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public PortfolioView get(@RequestParam(required = false) String year) {
    PortfolioReport r = report(year);
    Map<String, String> instruments = new LinkedHashMap<>();
    r.byInstrument().forEach((k, v) -> instruments.put(k.name(), text(v)));
    Map<String, String> subsidiaries = new LinkedHashMap<>();
    r.bySubsidiary().forEach((k, v) -> subsidiaries.put(k.name(), text(v)));
    return new PortfolioView(r.companies(), PortfolioReport.TARGET_COMPANIES,
        text(r.netBookValue()), instruments, subsidiaries, r.year(), text(r.volume()),
        r.decisions(), text(PortfolioReport.TARGET_YEARLY_MIN),
        text(PortfolioReport.TARGET_YEARLY_MAX), Money.EUR);
  }

  /** The same figures as CSV (one line per breakdown row), for the steering committee. */
  @GetMapping(path = "/export", produces = "text/csv")
  public ResponseEntity<String> export(@RequestParam(required = false) String year) {
    PortfolioReport r = report(year);
    List<String> lines = new ArrayList<>();
    lines.add("section,key,value_eur");
    lines.add("total,net_book_value," + text(r.netBookValue()));
    lines.add("total,companies," + r.companies());
    lines.add("target,companies," + PortfolioReport.TARGET_COMPANIES);
    r.byInstrument().forEach((k, v) -> lines.add("instrument," + k.name() + "," + text(v)));
    r.bySubsidiary().forEach((k, v) -> lines.add("subsidiary," + k.name() + "," + text(v)));
    lines.add("year_" + r.year() + ",volume," + text(r.volume()));
    lines.add("year_" + r.year() + ",decisions," + r.decisions());
    lines.add("target,yearly_volume_min," + text(PortfolioReport.TARGET_YEARLY_MIN));
    lines.add("target,yearly_volume_max," + text(PortfolioReport.TARGET_YEARLY_MAX));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"financing-portfolio-" + r.year() + ".csv\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(String.join("\r\n", lines) + "\r\n");
  }

  private PortfolioReport report(String year) {
    PortfolioAccess.requireMayRead(CurrentCaller.get());
    int current = LocalDate.ofInstant(clock.instant(), FinancingApplication.BRUSSELS).getYear();
    List<FieldViolation> violations = new ArrayList<>();
    Integer wanted = InputChecks.wholeNumber(year, "year", current, 2000, current + 1, violations);
    InputChecks.throwIfAny(violations);
    return PortfolioReport.of(applications.approvedApplications(), wanted,
        a -> applications.productOf(a).subsidiary());
  }

  private static String text(Money money) {
    return money.amount().toPlainString();
  }
}
