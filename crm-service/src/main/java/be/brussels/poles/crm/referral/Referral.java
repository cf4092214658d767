package be.brussels.poles.crm.referral;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral of a company from one agency to another, with its whole history. One document:
 * every transition is one version-checked write.
 *
 * @param reason why the referrer sends the company (confidential to the two agencies)
 * @param assignee the receiving agency's person in charge, once someone accepted it
 * @param dueAt when the current state falls overdue; empty when it has no limit
 * @param fileReference the receiving pole's file opened for it, once in progress
 * @param outcomeCode the receiver's outcome code, once reported
 */
public record Referral(String referralId, EnterpriseNumber company, Agency fromAgency,
    Person referrer, Agency toAgency, Optional<Person> assignee, String reason,
    ReferralState state, Instant sentAt, Instant stateSince, Optional<Instant> dueAt,
    Optional<String> declineReason, Optional<String> fileReference, Optional<String> outcomeCode,
    Optional<String> outcomeNote, List<Transition> history, long version) {

  public Referral {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(fromAgency, "fromAgency");
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(toAgency, "toAgency");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(stateSince, "stateSince");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(declineReason, "declineReason");
    Objects.requireNonNull(fileReference, "fileReference");
    Objects.requireNonNull(outcomeCode, "outcomeCode");
    Objects.requireNonNull(outcomeNote, "outcomeNote");
    history = List.copyOf(history);
  }

  /** A named person of an agency. */
  public record Person(String username, String name, String email) {
    public Person {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(name, "name");
      email = Objects.requireNonNullElse(email, "");
    }
  }

  /** One step of the loop: who moved it into which state, when, with which note. */
  public record Transition(ReferralState state, Instant at, Agency agency, String by,
      String note) {
    public Transition {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(by, "by");
      note = Objects.requireNonNullElse(note, "");
    }
  }

  /** Whether {@code now} is past the current state's deadline. */
  public boolean overdueAt(Instant now) {
    return dueAt.map(now::isAfter).orElse(false);
  }

  /** The agency expected to act next, if any. */
  public Optional<Agency> agencyToAct() {
    if (state.receiverActsNext()) {
      return Optional.of(toAgency);
    }
    return state.referrerActsNext() ? Optional.of(fromAgency) : Optional.empty();
  }
}
