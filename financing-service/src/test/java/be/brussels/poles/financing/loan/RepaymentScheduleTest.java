package be.brussels.poles.financing.loan;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

  private static Money sumOfCapital(RepaymentSchedule s) {
    return s.instalments().stream().map(Instalment::principal)
        .reduce(Money.euros("0"), Money::plus);
  }

  @Test
  void annuityOfTenThousandAtTwelvePercentOverAYearIsTheTextbookInstalment() {
    RepaymentSchedule s = RepaymentSchedule.of(Money.euros("10000.00"),
        new LoanTerms(12, new BigDecimal("12"), LoanTerms.Repayment.ANNUITY, 0), FIRST);

    List<Instalment> in = s.instalments();
    assertThat(in).hasSize(12);
    assertThat(in.get(0).interest()).isEqualTo(Money.euros("100.00"));
    assertThat(in.get(0).total()).isEqualTo(Money.euros("888.49"));
    assertThat(in.get(5).total()).isEqualTo(Money.euros("888.49"));
    assertThat(sumOfCapital(s)).isEqualTo(Money.euros("10000.00"));
    assertThat(in.get(11).outstandingAfter()).isEqualTo(Money.euros("0.00"));
    // the last one absorbs the cents of rounding, no more
    assertThat(in.get(11).total().minus(Money.euros("888.49")).amount().abs())
        .isLessThanOrEqualTo(new BigDecimal("0.05"));
  }

  @Test
  void linearRepaysEqualCapitalPartsWithFallingInterestAndSumsToThePrincipal() {
    RepaymentSchedule s = RepaymentSchedule.of(Money.euros("1000.00"),
        new LoanTerms(3, new BigDecimal("6"), LoanTerms.Repayment.LINEAR, 0), FIRST);

    assertThat(s.instalments()).extracting(Instalment::principal).containsExactly(
        Money.euros("333.33"), Money.euros("333.33"), Money.euros("333.34"));
    assertThat(s.instalments()).extracting(Instalment::interest).containsExactly(
        Money.euros("5.00"), Money.euros("3.33"), Money.euros("1.67"));
    assertThat(sumOfCapital(s)).isEqualTo(Money.euros("1000.00"));
  }

  @Test
  void theGracePeriodPaysInterestOnlyAndTheScheduleStillSumsToThePrincipal() {
    RepaymentSchedule s = RepaymentSchedule.of(Money.euros("25000.00"),
        new LoanTerms(36, new BigDecimal("3.5"), LoanTerms.Repayment.ANNUITY, 6), FIRST);

    assertThat(s.instalments().subList(0, 6)).allSatisfy(i -> {
      assertThat(i.principal()).isEqualTo(Money.euros("0.00"));
      assertThat(i.interest()).isEqualTo(Money.euros("72.92"));
    });
    assertThat(sumOfCapital(s)).isEqualTo(Money.euros("25000.00"));
    assertThat(s.instalments().get(6).dueOn()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(s.instalments().get(1).dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void anInterestFreeHonourLoanRepaysThePrincipalOnly() {
    RepaymentSchedule s = RepaymentSchedule.of(Money.euros("15000.00"),
        new LoanTerms(7, BigDecimal.ZERO, LoanTerms.Repayment.ANNUITY, 0), FIRST);

    assertThat(s.totalInterest()).isEqualTo(Money.euros("0.00"));
    assertThat(s.instalments().get(0).total()).isEqualTo(Money.euros("2142.85"));
    assertThat(s.instalments().get(6).total()).isEqualTo(Money.euros("2142.90"));
    assertThat(sumOfCapital(s)).isEqualTo(Money.euros("15000.00"));
  }

  @Test
  void everyScheduleSumsExactlyToItsPrincipal() {
    String[] principals = {"0.01", "999.99", "12345.67", "250000.00", "9999999.99"};
    String[] rates = {"0", "0.0001", "2.75", "7.1234", "25"};
    for (String p : principals) {
      for (String r : rates) {
        for (LoanTerms.Repayment kind : LoanTerms.Repayment.values()) {
          for (int months : new int[] {1, 7, 60, 360}) {
            RepaymentSchedule s = RepaymentSchedule.of(Money.euros(p),
                new LoanTerms(months, new BigDecimal(r), kind, months / 4), FIRST);
            assertThat(sumOfCapital(s)).as(p + " " + r + " " + kind + " " + months)
                .isEqualTo(Money.euros(p));
            assertThat(s.instalments()).allSatisfy(
                i -> assertThat(i.principal().signum()).isNotNegative());
          }
        }
      }
    }
  }

  @Test
  void arrearsAreFlaggedTheDayAfterAnUnpaidInstalmentAndClearedByPayment() {
    LoanAccount loan = LoanAccount.open(Money.euros("1200.00"),
        new LoanTerms(12, BigDecimal.ZERO, LoanTerms.Repayment.LINEAR, 0), FIRST);

    assertThat(loan.reviewArrears(FIRST)).isEmpty();
    assertThat(loan.reviewArrears(FIRST.plusDays(1))).hasValue(LoanAccount.ArrearsChange.FLAGGED);
    assertThat(loan.overdue(FIRST.plusDays(1))).isEqualTo(Money.euros("100.00"));
    assertThat(loan.reviewArrears(FIRST.plusDays(2))).isEmpty();

    loan.pay(new Payment(FIRST.plusDays(3), Money.euros("100.00"), "ana"));

    assertThat(loan.reviewArrears(FIRST.plusDays(3))).hasValue(LoanAccount.ArrearsChange.CLEARED);
    assertThat(loan.stillOwed()).isEqualTo(Money.euros("1100.00"));
  }
}
