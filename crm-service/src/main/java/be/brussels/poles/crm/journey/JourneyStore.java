package be.brussels.poles.crm.journey;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.time.Instant;
import java.util.List;

/** Where journey events are kept, append-only and unique per event id. */
public interface JourneyStore {

  /**
   * Stores the events whose id is new; an id already stored is counted as a duplicate and left
   * unchanged. Events are independent: one duplicate does not stop the others.
   *
   * @param receivedAt when the CRM received them
   */
  AppendResult append(List<JourneyEvent> events, Instant receivedAt);

  long count(EnterpriseNumber company);

  /** Newest first ({@code occurredAt} descending, ties by event id ascending). */
  List<JourneyEvent> newestFirst(EnterpriseNumber company, long offset, int limit);
}
