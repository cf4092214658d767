package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.access.DataRead;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appends events to the journey and lists it for a reader, for REST and gRPC alike. Every
 * confidential detail shown to a reader is written to the access log; everything a reader may
 * not see is redacted.
 */
public final class JourneyLog {

  public static final int MAX_PAGE_SIZE = 200;
  /** What one journey event is called in the access log. */
  public static final String RESOURCE_TYPE = "journey-event";

  private final JourneyStore store;
  private final CrmAccessPolicy policy;
  private final AccessGrants grants;
  private final AccessLog accessLog;
  private final Clock clock;

  public JourneyLog(JourneyStore store, CrmAccessPolicy policy, AccessGrants grants,
      AccessLog accessLog, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.grants = grants;
    this.accessLog = accessLog;
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
   * Records events of the CRM itself (referral transitions, team changes), built and checked by
   * the CRM's own features. Idempotent on the event id like every append.
   */
  public AppendResult recordOwn(List<JourneyEvent> events) {
    return store.append(events, clock.instant());
  }

  /** The whole timeline, newest first: {@link #list(Caller, EnterpriseNumber, JourneyFilter,
   * ReadPath, long, int)} without a filter. */
  public JourneySlice list(Caller caller, EnterpriseNumber company, long offset, int limit) {
    return list(caller, company, JourneyFilter.everything(), ReadPath.LIST, offset, limit);
  }

  /**
   * One window of the company's journey, in the filter's order, each entry redacted unless the
   * reader may see its detail. A company without events has an empty journey, not an error:
   * events may arrive before (or without) the company being registered.
   *
   * @param path the path of the read, for the access log
   * @param limit 1 to {@value #MAX_PAGE_SIZE}; adapters check it against their own parameters
   */
  public JourneySlice list(Caller caller, EnterpriseNumber company, JourneyFilter filter,
      ReadPath path, long offset, int limit) {
    policy.requireListJourney(caller);
    if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
    }
    long total = store.count(company, filter);
    if (offset >= total) {
      return new JourneySlice(List.of(), total);
    }
    List<JourneyEntry> entries =
        readable(caller, company, store.find(company, filter, offset, limit), path);
    return new JourneySlice(entries, total);
  }

  /**
   * The events as {@code caller} may see them: confidential detail the reader may not read is
   * redacted, the detail it may read is logged (one write for all of them).
   */
  public List<JourneyEntry> readable(Caller caller, EnterpriseNumber company,
      List<JourneyEvent> events, ReadPath path) {
    DetailGrants held = grants.grantsFor(caller, company, clock.instant());
    List<DataRead> reads = new ArrayList<>();
    List<JourneyEntry> entries = new ArrayList<>(events.size());
    for (JourneyEvent e : events) {
      if (e.confidentiality() == Confidentiality.SHARED) {
        entries.add(JourneyEntry.visible(e));
        continue;
      }
      Optional<AccessBasis> basis = policy.protectedDataBasis(caller, e.sourceAgency(),
          DataCategory.CONFIDENTIAL_DETAIL, held);
      if (basis.isPresent()) {
        entries.add(JourneyEntry.visible(e));
        reads.add(DataRead.of(RESOURCE_TYPE, e.eventId(), company, e.sourceAgency(),
            DataCategory.CONFIDENTIAL_DETAIL, basis.get()));
      } else {
        entries.add(JourneyEntry.redactedFrom(e));
      }
    }
    accessLog.record(caller, path, reads);
    return entries;
  }

  /**
   * The latest entry of each agency that works with the company, newest first, as the reader
   * may see it ("who else works with this company": the headline is shared with every partner
   * agency even when the detail is confidential).
   */
  public List<JourneyEntry> latestPerAgency(Caller caller, EnterpriseNumber company,
      ReadPath path) {
    policy.requireListJourney(caller);
    return readable(caller, company, store.latestPerAgency(company), path);
  }
}
