package be.brussels.poles.financing.loan;

import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A repayment received, as recorded by pole staff. */
public record Payment(LocalDate paidOn, Money amount, String recordedBy) {

  public Payment {
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(amount, "amount");
    recordedBy = Objects.requireNonNullElse(recordedBy, "");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment is positive");
    }
  }
}
