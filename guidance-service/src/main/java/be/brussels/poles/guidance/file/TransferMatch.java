package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer/seller match of a transfer file (M9-M10, BruTrade-like): the counterpart proposed to
 * the company and where the talks stand.
 *
 * @param counterpartEnterpriseNumber the counterpart's enterprise number when it is a company
 */
public record TransferMatch(String matchId, Role counterpartRole, String counterpartName,
    Optional<String> counterpartEnterpriseNumber, Status status, Instant proposedAt,
    Optional<Instant> updatedAt) {

  /** What the counterpart is to the company. */
  public enum Role { BUYER, TRANSFEROR }

  /** Where the talks stand. */
  public enum Status { PROPOSED, IN_TALKS, AGREED, DROPPED }

  public TransferMatch {
    Objects.requireNonNull(matchId, "matchId");
    Objects.requireNonNull(counterpartRole, "counterpartRole");
    Objects.requireNonNull(counterpartName, "counterpartName");
    counterpartEnterpriseNumber =
        Objects.requireNonNullElse(counterpartEnterpriseNumber, Optional.empty());
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(proposedAt, "proposedAt");
    updatedAt = Objects.requireNonNullElse(updatedAt, Optional.empty());
  }
}
