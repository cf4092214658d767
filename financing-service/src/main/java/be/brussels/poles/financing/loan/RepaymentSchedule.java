package be.brussels.poles.financing.loan;

import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loan's monthly repayment schedule, computed exactly.
 *
 * <p>Rounding rules (stated because auditors ask): the monthly rate is the yearly rate / 12,
 * kept exact to 34 significant digits (DECIMAL128); each period's interest is the outstanding
 * capital times that rate, rounded to the cent half-even (banker's rounding). In the grace
 * period only interest is paid. ANNUITY: the constant instalment P·r / (1 − (1 + r)^−n) over the
 * n repayment months is rounded half-even to the cent; LINEAR: the capital part P / n is rounded
 * down to the cent. In both, the last instalment repays exactly the capital still outstanding,
 * so the capital parts always sum to the principal, to the cent. A zero rate gives no interest
 * and P / n capital parts.
 */
public final class RepaymentSchedule {

  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

  private final Money principal;
  private final LoanTerms terms;
  private final List<Instalment> instalments;

  private RepaymentSchedule(Money principal, LoanTerms terms, List<Instalment> instalments) {
    this.principal = principal;
    this.terms = terms;
    this.instalments = List.copyOf(instalments);
  }

  /**
   * The schedule of {@code principal} under {@code terms}, the first instalment due on
   * {@code firstDueOn} and the next ones on the same day of the following months (the last day
   * of a shorter month when that day does not exist).
   */
  public static RepaymentSchedule of(Money principal, LoanTerms terms, LocalDate firstDueOn) {
    Objects.requireNonNull(firstDueOn, "firstDueOn");
    if (!principal.isPositive()) {
      throw new IllegalArgumentException("the principal must be positive");
    }
    String currency = principal.currencyCode();
    BigDecimal rate = terms.annualRatePercent().divide(TWELVE_HUNDRED, EXACT);
    int repaymentMonths = terms.durationMonths() - terms.graceMonths();
    BigDecimal outstanding = principal.amount();
    BigDecimal annuity = rate.signum() == 0 ? null : annuity(outstanding, rate, repaymentMonths);
    BigDecimal linearPart = outstanding.divide(BigDecimal.valueOf(repaymentMonths), 2,
        RoundingMode.DOWN);
    List<Instalment> instalments = new ArrayList<>(terms.durationMonths());
    for (int month = 1; month <= terms.durationMonths(); month++) {
      BigDecimal interest = outstanding.multiply(rate, EXACT).setScale(2, RoundingMode.HALF_EVEN);
      BigDecimal capital;
      if (month <= terms.graceMonths()) {
        capital = BigDecimal.ZERO.setScale(2);
      } else if (month == terms.durationMonths()) {
        capital = outstanding;
      } else if (terms.repayment() == LoanTerms.Repayment.LINEAR || annuity == null) {
        capital = linearPart;
      } else {
        capital = annuity.subtract(interest).max(BigDecimal.ZERO.setScale(2)).min(outstanding);
      }
      outstanding = outstanding.subtract(capital);
      instalments.add(new Instalment(month, firstDueOn.plusMonths(month - 1L),
          money(capital, currency), money(interest, currency), money(outstanding, currency)));
    }
    return new RepaymentSchedule(principal, terms, instalments);
  }

  /** P·r / (1 − (1 + r)^−n), rounded half-even to the cent. */
  private static BigDecimal annuity(BigDecimal principal, BigDecimal rate, int months) {
    BigDecimal growth = BigDecimal.ONE.add(rate).pow(months, EXACT);
    BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, EXACT));
    return principal.multiply(rate, EXACT).divide(discount, EXACT)
        .setScale(2, RoundingMode.HALF_EVEN);
  }

  private static Money money(BigDecimal amount, String currency) {
    return Money.of(amount, currency, "amount");
  }

  public Money principal() {
    return principal;
  }

  public LoanTerms terms() {
    return terms;
  }

  public List<Instalment> instalments() {
    return instalments;
  }

  /** The interest of the whole loan. */
  public Money totalInterest() {
    return instalments.stream().map(Instalment::interest)
        .reduce(Money.ofMinorUnits(0, principal.currencyCode()), Money::plus);
  }
}
