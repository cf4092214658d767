package be.brussels.poles.kit.journey;

import java.util.List;

/** Where a pole's outbox delivers its events: the CRM journey. */
public interface JourneyEventSink {

  /**
   * Delivers a batch; returns normally only when the CRM has stored (or already had) every
   * event. Any exception means "try again later", except {@link RejectedEventsException}.
   */
  void deliver(List<PendingJourneyEvent> events);

  /** The CRM refused the events as invalid: retrying cannot help. */
  final class RejectedEventsException extends RuntimeException {
    public RejectedEventsException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
