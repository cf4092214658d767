package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one package element in a file's checklist.
 *
 * @param operatorId the accredited operator delivering a co-financed element (see
 *     {@code operator} feature), or any named provider for the others; empty until assigned
 * @param operatorName the operator's name as shown on the file
 * @param updatedAt when the state last changed; empty while untouched
 */
public record ChecklistItem(PackageElement element, State state, Optional<String> operatorId,
    Optional<String> operatorName, Optional<Instant> updatedAt) {

  /** Where an element stands for the company. */
  public enum State {
    /** Part of the package, not started. */
    PLANNED,
    /** Being delivered. */
    IN_PROGRESS,
    /** Delivered. */
    DONE,
    /** Not relevant for this company. */
    NOT_APPLICABLE
  }

  public ChecklistItem {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(state, "state");
    operatorId = Objects.requireNonNullElse(operatorId, Optional.empty());
    operatorName = Objects.requireNonNullElse(operatorName, Optional.empty());
    updatedAt = Objects.requireNonNullElse(updatedAt, Optional.empty());
  }

  static ChecklistItem planned(PackageElement element) {
    return new ChecklistItem(element, State.PLANNED, Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
