package be.brussels.poles.guidance.event;

import be.brussels.poles.guidance.file.GuidanceClock;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Events in their own collection ({@link AggregateCollection}: attendance events in the outbox of
 * the event's document; versioned; newest first by {@code heldOn}). A company's events are found
 * through its registrations.
 */
public final class GuidanceEventRepository {

  public static final String COLLECTION = "guidance_events";

  private final MongoCollection<Document> collection;
  private final AggregateCollection<GuidanceEvent> events;

  public GuidanceEventRepository(MongoCollection<Document> collection, Clock clock) {
    this.collection = collection;
    this.events = new AggregateCollection<>(collection, AggregateCollection.Mapping.of(
        GuidanceEventRepository::toDocument, GuidanceEventRepository::fromDocument,
        e -> e.eventId().toString(), GuidanceEvent::version), "heldOn", "event", clock);
  }

  public void createIndexes() {
    events.createIndexes();
    collection.createIndex(Indexes.ascending("registrations.enterpriseNumber"));
  }

  public void insert(GuidanceEvent event) {
    events.insert(event);
  }

  /** Stores the changed registrations and status (409 when the version moved on). */
  public void save(GuidanceEvent event, List<PendingJourneyEvent> journeyEvents) {
    Document d = toDocument(event);
    events.saveChanged(event, Updates.combine(Updates.set("status", d.get("status")),
        Updates.set("registrations", d.get("registrations"))),
        journeyEvents.toArray(PendingJourneyEvent[]::new));
  }

  public Optional<GuidanceEvent> findById(UUID id) {
    return events.findById(id.toString());
  }

  /**
   * One page, newest first: every event, or a company's (through its registrations), optionally
   * of one organising agency.
   */
  public Page<GuidanceEvent> page(ListQuery query, Optional<Agency> organiser) {
    List<Bson> filters = new ArrayList<>();
    query.enterpriseNumber().ifPresent(n ->
        filters.add(Filters.eq("registrations.enterpriseNumber", n.value())));
    organiser.ifPresent(a -> filters.add(Filters.eq("organiser", a.name())));
    Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    PageQuery page = query.page();
    long total = collection.countDocuments(filter);
    List<GuidanceEvent> items = collection.find(filter)
        .projection(new Document("outbox", 0).append("outboxRejected", 0))
        .sort(Sorts.orderBy(Sorts.descending("heldOn"), Sorts.descending("_id")))
        .skip(page.offset()).limit(page.size()).map(GuidanceEventRepository::fromDocument)
        .into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  public long count() {
    return collection.countDocuments();
  }

  static Document toDocument(GuidanceEvent e) {
    Document d = new Document("_id", e.eventId().toString()).append("kind", e.kind().name())
        .append("title", e.title()).append("organiser", e.organiser().name())
        .append("heldOn", Date.from(e.heldOn().atStartOfDay(GuidanceClock.BRUSSELS).toInstant()))
        .append("place", e.place()).append("status", e.status().name())
        .append("registrations", e.registrations().stream().map(r -> {
          Document rd = new Document("registrationId", r.registrationId())
              .append("personName", r.personName()).append("email", r.email())
              .append("attendance", r.attendance().name())
              .append("registeredAt", Date.from(r.registeredAt()));
          r.enterpriseNumber().ifPresent(n -> rd.append("enterpriseNumber", n.value()));
          return rd;
        }).toList())
        .append("createdAt", Date.from(e.createdAt())).append("version", e.version());
    e.capacity().ifPresent(c -> d.append("capacity", c));
    return d;
  }

  static GuidanceEvent fromDocument(Document d) {
    return new GuidanceEvent(UUID.fromString(d.getString("_id")),
        GuidanceEvent.Kind.valueOf(d.getString("kind")), d.getString("title"),
        Agency.valueOf(d.getString("organiser")),
        LocalDate.ofInstant(d.getDate("heldOn").toInstant(), GuidanceClock.BRUSSELS),
        d.getString("place"), Optional.ofNullable(d.getInteger("capacity")),
        GuidanceEvent.Status.valueOf(d.getString("status")),
        d.getList("registrations", Document.class, List.of()).stream().map(r ->
            new GuidanceEvent.Registration(r.getString("registrationId"), r.getString("personName"),
                r.getString("email"),
                Optional.ofNullable(r.getString("enterpriseNumber")).map(EnterpriseNumber::parse),
                GuidanceEvent.Attendance.valueOf(r.getString("attendance")),
                r.getDate("registeredAt").toInstant())).toList(),
        d.getDate("createdAt").toInstant(), ((Number) d.get("version")).longValue());
  }
}
