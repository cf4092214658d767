package be.brussels.poles.financing.guarantee;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * A Brussels Guarantee Fund guarantee on a bank credit (M35, L2601-2708): risk sharing in return
 * for a one-off flat fee, not a financing decision. The guaranteed amount is the credit times the
 * coverage, or one third of the credit under the 1/3 public - 1/3 company - 1/3 bank split;
 * rounded half-even to the cent. Free of Spring, gRPC and the driver.
 */
public final class Guarantee {

  /** The special uses the sources name, plus the ordinary guarantee. */
  public enum Type {
    STANDARD, PUBLIC_PROCUREMENT_WORKING_CAPITAL, SUBSIDY_BRIDGE, MICROCREDIT_PORTFOLIO,
    COLLECTIVE, GREEN
  }

  /** NONE: the coverage applies; THIRDS: 1/3 public (the fund), 1/3 company, 1/3 bank. */
  public enum RiskSplit { NONE, THIRDS }

  public enum Status { REQUESTED, APPROVED, REFUSED }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private final String guaranteeId;
  private final EnterpriseNumber enterpriseNumber;
  private final String bank;
  private final Money creditAmount;
  private final BigDecimal coveragePercent;
  private final RiskSplit split;
  private final Money flatFee;
  private final Type type;
  private final String recordedBy;
  private final Instant requestedAt;
  private Status status;
  private String decidedBy;
  private String motivation;
  private final long version;

  public Guarantee(String guaranteeId, EnterpriseNumber enterpriseNumber, String bank,
      Money creditAmount, BigDecimal coveragePercent, RiskSplit split, Money flatFee, Type type,
      String recordedBy, Instant requestedAt, Status status, String decidedBy, String motivation,
      long version) {
    this.guaranteeId = Objects.requireNonNull(guaranteeId, "guaranteeId");
    this.enterpriseNumber = Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    this.bank = Objects.requireNonNull(bank, "bank");
    this.creditAmount = Objects.requireNonNull(creditAmount, "creditAmount");
    this.coveragePercent = Objects.requireNonNull(coveragePercent, "coveragePercent");
    this.split = Objects.requireNonNull(split, "split");
    this.flatFee = Objects.requireNonNull(flatFee, "flatFee");
    this.type = Objects.requireNonNull(type, "type");
    this.recordedBy = Objects.requireNonNullElse(recordedBy, "");
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    this.status = Objects.requireNonNull(status, "status");
    this.decidedBy = Objects.requireNonNullElse(decidedBy, "");
    this.motivation = Objects.requireNonNullElse(motivation, "");
    this.version = version;
  }

  /** The amount the fund stands for. */
  public Money guaranteedAmount() {
    BigDecimal credit = creditAmount.amount();
    BigDecimal covered = split == RiskSplit.THIRDS
        ? credit.divide(THREE, 2, RoundingMode.HALF_EVEN)
        : credit.multiply(coveragePercent).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
    return Money.of(covered, creditAmount.currencyCode(), "guaranteedAmount");
  }

  /**
   * Decides a requested guarantee. Approval must keep the fund's outstanding within its ceiling.
   *
   * @param outstanding the fund's approved guarantees now
   */
  public void decide(boolean approve, String by, String why, Money outstanding, Money ceiling) {
    if (status != Status.REQUESTED) {
      throw new BusinessRuleException("status", "the guarantee is already " + status);
    }
    if (approve) {
      requireWithinCeiling(outstanding, ceiling);
    } else if (why == null || why.strip().length() < 20) {
      throw new be.brussels.poles.kit.error.InvalidInputException("motivation",
          "is required: explain the refusal in at least 20 characters");
    }
    status = approve ? Status.APPROVED : Status.REFUSED;
    decidedBy = by;
    motivation = why == null ? "" : why.strip();
  }

  /** Throws when approving would take the fund beyond its ceiling. */
  public void requireWithinCeiling(Money outstanding, Money ceiling) {
    if (outstanding.plus(guaranteedAmount()).isGreaterThan(ceiling)) {
      throw new BusinessRuleException("creditAmount", "approving "
          + guaranteedAmount().display() + " would take the fund's outstanding guarantees beyond"
          + " its ceiling of " + ceiling.display() + " (now " + outstanding.display() + ")");
    }
  }

  public String guaranteeId() {
    return guaranteeId;
  }

  public EnterpriseNumber enterpriseNumber() {
    return enterpriseNumber;
  }

  public String bank() {
    return bank;
  }

  public Money creditAmount() {
    return creditAmount;
  }

  public BigDecimal coveragePercent() {
    return coveragePercent;
  }

  public RiskSplit split() {
    return split;
  }

  public Money flatFee() {
    return flatFee;
  }

  public Type type() {
    return type;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Status status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String motivation() {
    return motivation;
  }

  public long version() {
    return version;
  }
}
