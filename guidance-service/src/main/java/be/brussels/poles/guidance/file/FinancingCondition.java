package be.brussels.poles.guidance.file;

import java.util.List;

/**
 * A condition the guidance pole attaches to financing a company through one of its files, passed
 * to the financing pole with the "guidance required" answer (issue 4, capabilities 6 and 9).
 */
public enum FinancingCondition {

  /**
   * Restart package (M6-M8): the restart loan finances the new start (investment, working
   * capital), never the repayment of existing debt.
   */
  RESTART_LOAN_NEVER_REPAYS_DEBT("a restart loan never repays debt");

  private final String rule;

  FinancingCondition(String rule) {
    this.rule = rule;
  }

  /** The rule in plain words, for notes and journey details. */
  public String rule() {
    return rule;
  }

  /** The conditions every file of {@code packageType} carries. */
  public static List<FinancingCondition> of(PackageType packageType) {
    return packageType == PackageType.RESTART ? List.of(RESTART_LOAN_NEVER_REPAYS_DEBT) : List.of();
  }
}
