package be.brussels.poles.crm.company360;

import be.brussels.poles.kit.security.Agency;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one pole answered for the 360 view, or why it did not.
 *
 * @param took how long the CRM waited for it
 */
public record PoleAnswer(Agency.Pole pole, Outcome outcome, List<PoleItem> items,
    Duration took) {

  /** How the call to the pole ended. */
  public enum Outcome {
    ANSWERED,
    /** The pole did not answer within its deadline. */
    DEADLINE_EXCEEDED,
    /** The pole's circuit breaker is open after recent failures: it was not even asked. */
    CIRCUIT_OPEN,
    /** Too many 360 views are waiting for this pole already: it was not asked. */
    BULKHEAD_FULL,
    /** The pole is down or refused the call. */
    UNAVAILABLE;

    public boolean answered() {
      return this == ANSWERED;
    }
  }

  public PoleAnswer {
    Objects.requireNonNull(pole, "pole");
    Objects.requireNonNull(outcome, "outcome");
    items = List.copyOf(items);
    Objects.requireNonNull(took, "took");
  }

  public static PoleAnswer failed(Agency.Pole pole, Outcome outcome, Duration took) {
    return new PoleAnswer(pole, outcome, List.of(), took);
  }
}
