package be.brussels.poles.guidance.file;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled follow-up of a file (feature 12): the creation package's collective quarterly
 * follow-up, the high-potential starter's quarterly meeting after creation, the growth
 * package's follow-up.
 *
 * @param dueOn the day it is due
 * @param heldOn the day it was held; empty while pending
 * @param summary what came out of it (confidential to the owning agency)
 * @param cancelled true when the file closed before it was held
 */
public record FollowUp(String followUpId, Kind kind, LocalDate dueOn, Optional<LocalDate> heldOn,
    String summary, boolean cancelled) {

  /** The kinds of follow-up, each with the packages that schedule it. */
  public enum Kind {
    /** Creation package (and its retail variant): the collective quarterly follow-up. */
    COLLECTIVE_QUARTERLY("Collective quarterly follow-up"),
    /** High-potential starter: the quarterly follow-up meeting after creation. */
    QUARTERLY_MEETING("Quarterly follow-up meeting"),
    /** Growth package: follow-up of the personalised path. */
    GROWTH_FOLLOW_UP("Growth follow-up");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A follow-up is due every quarter. */
  public static final int MONTHS_BETWEEN = 3;

  public FollowUp {
    Objects.requireNonNull(followUpId, "followUpId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueOn, "dueOn");
    heldOn = Objects.requireNonNullElse(heldOn, Optional.empty());
    summary = Objects.requireNonNullElse(summary, "");
  }

  /** Neither held nor cancelled. */
  public boolean isPending() {
    return heldOn.isEmpty() && !cancelled;
  }

  /** Pending and due before {@code today}. */
  public boolean isOverdue(LocalDate today) {
    return isPending() && dueOn.isBefore(today);
  }
}
