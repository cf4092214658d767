package be.brussels.poles.financing.application;

import be.brussels.poles.financing.loan.Instalment;
import be.brussels.poles.financing.loan.LoanAccount;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.List;

/** A loan's schedule and repayments as the REST API shows them; amounts as strings. */
public record LoanView(String applicationId, String principal, String currency,
    String repayment, int durationMonths, int graceMonths, String annualRatePercent,
    String roundingRule, List<InstalmentView> instalments, String totalInterest, String paid,
    String stillOwed, String overdue, boolean inArrears, String asOf, long version) {

  public record InstalmentView(int number, String dueOn, String principal, String interest,
      String total, String outstandingAfter) {}

  static final String ROUNDING = "interest per month = outstanding x yearly rate / 12, rounded"
      + " half-even to the cent; annuity rounded half-even, linear capital rounded down; the last"
      + " instalment repays exactly what is left, so the capital sums to the principal";

  static LoanView of(FinancingApplication a, LoanAccount loan, LocalDate asOf) {
    var s = loan.schedule();
    return new LoanView(a.applicationId().toString(), text(s.principal()),
        s.principal().currencyCode(), s.terms().repayment().name(), s.terms().durationMonths(),
        s.terms().graceMonths(), s.terms().annualRatePercent().toPlainString(), ROUNDING,
        s.instalments().stream().map(LoanView::instalment).toList(), text(s.totalInterest()),
        text(loan.paid()), text(loan.stillOwed()), text(loan.overdue(asOf)), loan.inArrears(),
        asOf.toString(), a.version());
  }

  private static InstalmentView instalment(Instalment i) {
    return new InstalmentView(i.number(), i.dueOn().toString(), text(i.principal()),
        text(i.interest()), text(i.total()), text(i.outstandingAfter()));
  }

  private static String text(Money m) {
    return m.amount().toPlainString();
  }
}
