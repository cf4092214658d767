package be.brussels.poles.financing.application;

import be.brussels.poles.financing.loan.LoanTerms;
import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The committee's decision. An approval carries the amount and, for a loan, its terms; a refusal
 * carries its motivation (required: SBA M26.C asks for motivated refusals, explained in depth
 * when the guidance pole supported the file).
 *
 * @param motivation for a refusal, the reasons given to the applicant and the referring adviser
 */
public record Decision(Outcome outcome, Optional<Money> amount, Optional<LoanTerms> terms,
    String motivation, StaffContact decidedBy, Instant decidedAt) {

  public enum Outcome { APPROVED, REFUSED }

  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(terms, "terms");
    motivation = Objects.requireNonNullElse(motivation, "");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
