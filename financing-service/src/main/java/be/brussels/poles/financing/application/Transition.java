package be.brussels.poles.financing.application;

import be.brussels.poles.financing.loan.LoanTerms;
import be.brussels.poles.kit.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked request to move an application one step.
 *
 * @param expectedVersion the version the client read; another one is a 409
 * @param note a short comment for the audit trail (withdrawal reason, contract reference, ...)
 * @param analysis for RECORD_ANALYSIS
 * @param amount for APPROVE: the amount granted
 * @param terms for APPROVE of a loan
 * @param motivation for REFUSE and WRITE_OFF (required there)
 */
public record Transition(Action action, long expectedVersion, String note,
    Optional<Analysis> analysis, Optional<Money> amount, Optional<LoanTerms> terms,
    String motivation) {

  public Transition {
    Objects.requireNonNull(action, "action");
    note = Objects.requireNonNullElse(note, "");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(terms, "terms");
    motivation = Objects.requireNonNullElse(motivation, "");
  }

  /** The same request with another audit note. */
  public Transition withNote(String newNote) {
    return new Transition(action, expectedVersion, newNote, analysis, amount, terms, motivation);
  }
}
