package be.brussels.poles.financing.catalogue;

import java.util.List;

/** An eligibility check as the REST API answers it. */
public record EligibilityView(String productCode, String verdict, List<RuleResult> rules) {

  public static EligibilityView of(EligibilityReport report) {
    return new EligibilityView(report.productCode(), report.verdict().name(), report.results());
  }
}
