package be.brussels.poles.financing.catalogue;

/**
 * How one eligibility rule judged one request.
 *
 * @param rule the rule's code, e.g. "AMOUNT_RANGE", stable for translation
 * @param explanation one English sentence saying why
 */
public record RuleResult(String rule, Outcome outcome, String explanation) {

  /** PASSED, FAILED, or UNKNOWN when a fact the rule needs was not given. */
  public enum Outcome { PASSED, FAILED, UNKNOWN }

  static RuleResult passed(String rule, String explanation) {
    return new RuleResult(rule, Outcome.PASSED, explanation);
  }

  static RuleResult failed(String rule, String explanation) {
    return new RuleResult(rule, Outcome.FAILED, explanation);
  }

  static RuleResult unknown(String rule, String explanation) {
    return new RuleResult(rule, Outcome.UNKNOWN, explanation);
  }
}
