package be.brussels.poles.crm.access;

import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.trace.TraceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The append-only log of every read of confidential or personal data (architecture, identity and
 * access; GDPR art. 5(2)): who, what, when, through which path, for which purpose and on which
 * legal basis. Every feature that shows such data to a reader records it here, on every path
 * (detail, list, search, export, gRPC). Reads of a reader's own agency's confidential detail are
 * logged too: the log answers "who saw this company's data", whoever they were.
 *
 * <p>Auditors (role auditor) query it; nobody can change or delete an entry through the service.
 */
public final class AccessLog {

  private final AccessLogStore store;
  private final CrmAccessPolicy policy;
  private final Clock clock;

  public AccessLog(AccessLogStore store, CrmAccessPolicy policy, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records one read. */
  public void record(Caller reader, ReadPath path, DataRead read) {
    record(reader, path, List.of(read));
  }

  /** Records the reads of one request in one write (a list page, a 360 view). None: no write. */
  public void record(Caller reader, ReadPath path, List<DataRead> reads) {
    if (reads.isEmpty()) {
      return;
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String traceId = TraceContext.current();
    store.append(reads.stream().map(read -> new AccessLogEntry(UUID.randomUUID().toString(), at,
        reader.subject(), reader.username(), reader.agency(), reader.clientId(), path,
        read.resourceType(), read.resourceId(),
        read.company().map(n -> n.value()).orElse(""), read.owner(), read.category(),
        read.basis(), traceId)).toList());
  }

  /** The entries matching {@code query}, for auditors only. */
  public Page<AccessLogEntry> find(Caller auditor, AccessLogQuery query, PageQuery page) {
    policy.requireAudit(auditor);
    return store.find(query, page);
  }
}
