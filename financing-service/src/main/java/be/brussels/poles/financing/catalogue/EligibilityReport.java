package be.brussels.poles.financing.catalogue;

import java.util.List;

/** The outcome of an eligibility check: each rule with its explanation, and the verdict. */
public record EligibilityReport(String productCode, List<RuleResult> results) {

  /** ELIGIBLE (every rule passed), NOT_ELIGIBLE (one failed) or INCOMPLETE (facts missing). */
  public enum Verdict { ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE }

  public EligibilityReport {
    results = List.copyOf(results);
  }

  public Verdict verdict() {
    if (results.stream().anyMatch(r -> r.outcome() == RuleResult.Outcome.FAILED)) {
      return Verdict.NOT_ELIGIBLE;
    }
    if (results.stream().anyMatch(r -> r.outcome() == RuleResult.Outcome.UNKNOWN)) {
      return Verdict.INCOMPLETE;
    }
    return Verdict.ELIGIBLE;
  }

  /** The failed rules, for a refusal at submission. */
  public List<RuleResult> failures() {
    return results.stream().filter(r -> r.outcome() == RuleResult.Outcome.FAILED).toList();
  }
}
