package be.brussels.poles.financing.loan;

import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment of a repayment schedule.
 *
 * @param number 1-based
 * @param principal the part that repays capital (zero in the grace period)
 * @param interest the interest of the period
 * @param outstandingAfter the capital still owed once this instalment is paid
 */
public record Instalment(int number, LocalDate dueOn, Money principal, Money interest,
    Money outstandingAfter) {

  public Instalment {
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(outstandingAfter, "outstandingAfter");
  }

  /** What the borrower pays on {@link #dueOn}. */
  public Money total() {
    return principal.plus(interest);
  }
}
