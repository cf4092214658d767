package be.brussels.poles.financing.guarantee;

import be.brussels.poles.kit.web.MoneyInput;

/**
 * The body of {@code POST /guarantees}.
 *
 * @param coveragePercent 1-100 with at most 2 decimals; absent with riskSplit THIRDS
 * @param riskSplit NONE (default) or THIRDS (1/3 public, 1/3 company, 1/3 bank)
 * @param type STANDARD (default) or a special use
 */
public record GuaranteeRequest(String enterpriseNumber, String bank, MoneyInput creditAmount,
    String coveragePercent, MoneyInput flatFee, String type, String riskSplit) {

  /** The body of {@code POST /guarantees/{id}/decision}. */
  public record Decision(Long version, Boolean approve, String motivation) {}
}
