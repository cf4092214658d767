package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Appends events to the journey and lists it for a reader, for REST and gRPC alike. */
public final class JourneyLog {

  public static final int MAX_PAGE_SIZE = 200;

  private final JourneyStore store;
  private final CrmAccessPolicy policy;
  private final AccessGrants grants;
  private final Clock clock;

  public JourneyLog(JourneyStore store, CrmAccessPolicy policy, AccessGrants grants, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.grants = grants;
    this.clock = clock;
  }

  /**
   * Validates the whole batch, checks that the caller speaks for every event's agency, then
   * stores the new ones. Nothing is stored when any event is refused.
   */
  public AppendResult append(Caller caller, List<IncomingJourneyEvent> batch) {
    policy.requireAppendJourney(caller);
    Instant now = clock.instant();
    List<JourneyEvent> events = JourneyEventValidator.validateBatch(batch, now);
    for (int i = 0; i < events.size(); i++) {
      policy.requireRecordFor(caller, events.get(i).sourceAgency(),
          "events[" + i + "].source_agency");
    }
    return store.append(events, now);
  }

  /**
   * One window of the company's journey, newest first, each entry redacted unless the reader
   * may see its detail. A company without events has an empty journey, not an error: events
   * may arrive before (or without) the company being registered.
   *
   * @param limit 1 to {@value #MAX_PAGE_SIZE}; adapters check it against their own parameters
   */
  public JourneySlice list(Caller caller, EnterpriseNumber company, long offset, int limit) {
    policy.requireListJourney(caller);
    if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
    }
    long total = store.count(company);
    if (offset >= total) {
      return new JourneySlice(List.of(), total);
    }
    DetailGrants held = grants.grantsFor(caller.requireAgency(), company, clock.instant());
    List<JourneyEntry> entries = store.newestFirst(company, offset, limit).stream()
        .map(e -> policy.mayReadDetail(caller, e.sourceAgency(), e.confidentiality(), held)
            ? JourneyEntry.visible(e) : JourneyEntry.redactedFrom(e))
        .toList();
    return new JourneySlice(entries, total);
  }
}
