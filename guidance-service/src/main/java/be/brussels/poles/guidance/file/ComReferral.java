package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A company in difficulty referred to the Centre for Enterprises in Difficulty (COM, a BECI
 * initiative; M6), with the referral's progress tracked on the file.
 *
 * @param reason why (confidential to the owning agency)
 * @param outcome what the COM reported back
 */
public record ComReferral(Instant referredAt, String reason, Status status,
    Optional<Instant> updatedAt, String outcome) {

  /** Where the referral stands. */
  public enum Status { SENT, ACCEPTED, DECLINED, COMPLETED }

  public ComReferral {
    Objects.requireNonNull(referredAt, "referredAt");
    reason = Objects.requireNonNullElse(reason, "");
    Objects.requireNonNull(status, "status");
    updatedAt = Objects.requireNonNullElse(updatedAt, Optional.empty());
    outcome = Objects.requireNonNullElse(outcome, "");
  }
}
