package be.brussels.poles.financing.loan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The terms a committee approves for a loan.
 *
 * @param durationMonths total duration including the grace period, 1-360
 * @param annualRatePercent nominal yearly rate in percent, 0-25, at most 4 decimals (0 for an
 *     honour loan)
 * @param graceMonths months at the start when only interest is paid, less than the duration
 */
public record LoanTerms(int durationMonths, BigDecimal annualRatePercent, Repayment repayment,
    int graceMonths) {

  /** ANNUITY: equal instalments; LINEAR: equal capital parts, falling instalments. */
  public enum Repayment { ANNUITY, LINEAR }

  public static final int MAX_DURATION_MONTHS = 360;
  public static final BigDecimal MAX_RATE = new BigDecimal("25");

  public LoanTerms {
    Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    Objects.requireNonNull(repayment, "repayment");
    if (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS || graceMonths < 0
        || graceMonths >= durationMonths || annualRatePercent.signum() < 0
        || annualRatePercent.compareTo(MAX_RATE) > 0
        || annualRatePercent.stripTrailingZeros().scale() > 4) {
      throw new IllegalArgumentException("terms out of range");
    }
  }
}
