package be.brussels.poles.kit.outbox;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The outbox lives inside the aggregate's own document, so that a change and the journey events
 * it causes are written in one atomic single-document write (no multi-document transaction
 * needed, which the embedded server lacks). Fields: {@code outbox} (pending events),
 * {@code outboxDueAt} (present while something is pending: when the relay should next try),
 * {@code outboxAttempts} and {@code outboxRejected} (events the CRM refused as invalid).
 */
public final class Outbox {

  public static final String EVENTS = "outbox";
  public static final String DUE_AT = "outboxDueAt";
  public static final String ATTEMPTS = "outboxAttempts";
  public static final String REJECTED = "outboxRejected";

  private Outbox() {}

  /** Adds pending events to a document about to be inserted. */
  public static Document withPending(Document aggregate, Instant now, PendingJourneyEvent... events) {
    return aggregate
        .append(EVENTS, Arrays.stream(events).map(Outbox::toBson).toList())
        .append(DUE_AT, Date.from(now))
        .append(ATTEMPTS, 0);
  }

  /** The update fragment that enqueues events in the same write as the change it goes with. */
  public static Bson enqueue(Instant now, PendingJourneyEvent... events) {
    return Updates.combine(
        Updates.pushEach(EVENTS, Arrays.stream(events).map(Outbox::toBson).toList()),
        Updates.set(DUE_AT, Date.from(now)));
  }

  static Document toBson(PendingJourneyEvent e) {
    return new Document("eventId", e.eventId())
        .append("enterpriseNumber", e.enterpriseNumber().value())
        .append("sourceAgency", e.sourceAgency().name())
        .append("type", e.type())
        .append("occurredAt", Date.from(e.occurredAt()))
        .append("headline", e.headline())
        .append("contactName", e.contactName())
        .append("contactEmail", e.contactEmail())
        .append("confidentiality", e.confidentiality().name())
        .append("detail", e.detail())
        .append("sourceReference", e.sourceReference());
  }

  static PendingJourneyEvent fromBson(Document d) {
    return new PendingJourneyEvent(
        d.getString("eventId"),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        Agency.valueOf(d.getString("sourceAgency")),
        d.getString("type"),
        d.getDate("occurredAt").toInstant(),
        d.getString("headline"),
        d.getString("contactName"),
        d.getString("contactEmail"),
        Confidentiality.valueOf(d.getString("confidentiality")),
        d.getString("detail"),
        d.getString("sourceReference"));
  }

  /** The pending events of a document read back from the database. */
  public static List<PendingJourneyEvent> pendingIn(Document aggregate) {
    return aggregate.getList(EVENTS, Document.class, List.of()).stream().map(Outbox::fromBson).toList();
  }
}
