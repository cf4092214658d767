package be.brussels.poles.financing.loan;

import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loan being repaid: its schedule, the payments received and whether it is in arrears. An
 * instalment is overdue from the day after its due date; the loan is in arrears while the
 * instalments overdue add up to more than what was paid. Payments pay the oldest instalments
 * first (only their sum matters here).
 */
public final class LoanAccount {

  /** What an arrears review found. */
  public enum ArrearsChange { FLAGGED, CLEARED }

  private final RepaymentSchedule schedule;
  private final LocalDate firstDueOn;
  private final List<Payment> payments;
  private boolean inArrears;

  private LoanAccount(RepaymentSchedule schedule, LocalDate firstDueOn, List<Payment> payments,
      boolean inArrears) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.firstDueOn = Objects.requireNonNull(firstDueOn, "firstDueOn");
    this.payments = new ArrayList<>(payments);
    this.inArrears = inArrears;
  }

  /** A new loan of {@code principal} on {@code terms}, first instalment on {@code firstDueOn}. */
  public static LoanAccount open(Money principal, LoanTerms terms, LocalDate firstDueOn) {
    return new LoanAccount(RepaymentSchedule.of(principal, terms, firstDueOn), firstDueOn,
        List.of(), false);
  }

  /** Rebuilds a stored loan (the schedule is recomputed: it is a function of its inputs). */
  public static LoanAccount restore(Money principal, LoanTerms terms, LocalDate firstDueOn,
      List<Payment> payments, boolean inArrears) {
    return new LoanAccount(RepaymentSchedule.of(principal, terms, firstDueOn), firstDueOn,
        payments, inArrears);
  }

  /**
   * Records a payment.
   *
   * @throws BusinessRuleException when it is more than what is still owed
   */
  public void pay(Payment payment) {
    if (payment.amount().isGreaterThan(stillOwed())) {
      throw new BusinessRuleException("amount", "is more than the " + stillOwed().display()
          + " still owed");
    }
    payments.add(payment);
  }

  /** Flags or clears arrears as of {@code asOf}; empty when nothing changed. */
  public Optional<ArrearsChange> reviewArrears(LocalDate asOf) {
    boolean now = overdue(asOf).isPositive();
    if (now == inArrears) {
      return Optional.empty();
    }
    inArrears = now;
    return Optional.of(now ? ArrearsChange.FLAGGED : ArrearsChange.CLEARED);
  }

  /** The instalments due before {@code asOf} minus everything paid, never below zero. */
  public Money overdue(LocalDate asOf) {
    Money due = schedule.instalments().stream().filter(i -> i.dueOn().isBefore(asOf))
        .map(Instalment::total).reduce(zero(), Money::plus);
    Money owed = due.minus(paid());
    return owed.isPositive() ? owed : zero();
  }

  public Money paid() {
    return payments.stream().map(Payment::amount).reduce(zero(), Money::plus);
  }

  /**
   * The capital repaid so far: payments cover the instalments oldest first, interest before
   * capital within an instalment.
   */
  public Money capitalRepaid() {
    Money left = paid();
    Money capital = zero();
    for (Instalment i : schedule.instalments()) {
      if (!left.isPositive()) {
        break;
      }
      if (!i.total().isGreaterThan(left)) {
        capital = capital.plus(i.principal());
        left = left.minus(i.total());
      } else {
        if (left.isGreaterThan(i.interest())) {
          capital = capital.plus(left.minus(i.interest()));
        }
        break;
      }
    }
    return capital;
  }

  /** Capital and interest of the whole schedule not yet paid. */
  public Money stillOwed() {
    return schedule.instalments().stream().map(Instalment::total).reduce(zero(), Money::plus)
        .minus(paid());
  }

  private Money zero() {
    return Money.ofMinorUnits(0, schedule.principal().currencyCode());
  }

  public RepaymentSchedule schedule() {
    return schedule;
  }

  public LocalDate firstDueOn() {
    return firstDueOn;
  }

  public List<Payment> payments() {
    return List.copyOf(payments);
  }

  public boolean inArrears() {
    return inArrears;
  }
}
