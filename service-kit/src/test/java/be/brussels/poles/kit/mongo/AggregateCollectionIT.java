package be.brussels.poles.kit.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.testsupport.EmbeddedMongoDatabase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared aggregate storage against the embedded server through the real driver. */
class AggregateCollectionIT {

  @RegisterExtension
  static final EmbeddedMongoDatabase MONGO = new EmbeddedMongoDatabase("aggregates");

  private static final Instant NOW = Instant.parse("2026-05-04T10:15:30.123Z");
  private static final EnterpriseNumber COMPANY = EnterpriseNumber.parse("0403019261");
  private static final EnterpriseNumber OTHER = EnterpriseNumber.parse("0202239951");
  private static final List<String> OUTBOX_FIELDS =
      List.of(Outbox.EVENTS, Outbox.DUE_AT, Outbox.ATTEMPTS, Outbox.REJECTED);

  /** A small aggregate of the test's own: the kit knows nothing of any service's. */
  record Ticket(String id, EnterpriseNumber company, String stage, Instant openedAt,
      long version) {

    Ticket withStage(String newStage, long readAt) {
      return new Ticket(id, company, newStage, openedAt, readAt);
    }
  }

  /** Every document the mapping was given to read, to see what readers get. */
  private final List<Document> read = new ArrayList<>();
  private MongoCollection<Document> collection;
  private AggregateCollection<Ticket> tickets;

  @BeforeEach
  void freshCollection() {
    collection = MONGO.emptied().getCollection("tickets");
    tickets = new AggregateCollection<>(collection, AggregateCollection.Mapping.of(
        t -> new Document("_id", t.id()).append("enterpriseNumber", t.company().value())
            .append("stage", t.stage()).append("openedAt", Date.from(t.openedAt()))
            .append("version", t.version()),
        d -> {
          read.add(d);
          return new Ticket(d.getString("_id"), EnterpriseNumber.parse(d.getString(
              "enterpriseNumber")), d.getString("stage"), d.getDate("openedAt").toInstant(),
              d.get("version", Number.class).longValue());
        },
        Ticket::id, Ticket::version), "openedAt", "ticket", Clock.fixed(NOW, ZoneOffset.UTC));
    tickets.createIndexes();
  }

  @Test
  void anInsertStoresTheAggregateAndItsEventsInOneDocument() {
    Ticket ticket = ticket(COMPANY, NOW);

    tickets.insert(ticket, event(ticket, "test.ticket.opened"));

    assertThat(tickets.findById(ticket.id())).contains(ticket);
    Document stored = stored(ticket);
    assertThat(stored.get("version")).isEqualTo(1L);
    assertThat(Outbox.pendingIn(stored)).extracting(PendingJourneyEvent::type)
        .containsExactly("test.ticket.opened");
    assertThat(stored.getDate(Outbox.DUE_AT).toInstant()).isEqualTo(NOW);
    assertThat(stored.getInteger(Outbox.ATTEMPTS)).isZero();
  }

  @Test
  void anInsertWithoutEventsLeavesNothingForTheRelay() {
    Ticket ticket = ticket(COMPANY, NOW);

    tickets.insert(ticket);

    assertThat(tickets.findById(ticket.id())).contains(ticket);
    Document stored = stored(ticket);
    assertThat(stored.containsKey(Outbox.DUE_AT)).isFalse();
    assertThat(stored.containsKey(Outbox.EVENTS)).isFalse();
  }

  @Test
  void aChangeAndItsEventsAreOneWriteConditionalOnTheVersion() {
    Ticket ticket = ticket(COMPANY, NOW);
    tickets.insert(ticket, event(ticket, "test.ticket.opened"));

    long version = tickets.saveChanged(ticket.withStage("CLOSED", 1),
        Updates.set("stage", "CLOSED"), event(ticket, "test.ticket.closed"));

    assertThat(version).isEqualTo(2);
    assertThat(tickets.findById(ticket.id())).contains(ticket.withStage("CLOSED", 2));
    assertThat(Outbox.pendingIn(stored(ticket))).extracting(PendingJourneyEvent::type)
        .containsExactly("test.ticket.opened", "test.ticket.closed");
  }

  @Test
  void aStaleWriteIsAConflictAndChangesNothing() {
    Ticket ticket = ticket(COMPANY, NOW);
    tickets.insert(ticket, event(ticket, "test.ticket.opened"));
    tickets.saveChanged(ticket.withStage("WAITING", 1), Updates.set("stage", "WAITING"));

    // a second user still holds version 1
    assertThatThrownBy(() -> tickets.saveChanged(ticket.withStage("CLOSED", 1),
        Updates.set("stage", "CLOSED"), event(ticket, "test.ticket.closed")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("ticket " + ticket.id() + " was changed by someone else since version 1;"
            + " reload it and try again");

    assertThat(tickets.findById(ticket.id())).contains(ticket.withStage("WAITING", 2));
    Document stored = stored(ticket);
    assertThat(stored.get("version")).isEqualTo(2L);
    assertThat(Outbox.pendingIn(stored)).extracting(PendingJourneyEvent::type)
        .containsExactly("test.ticket.opened");
  }

  @Test
  void changingAnUnknownAggregateIsNotFound() {
    Ticket ghost = ticket(COMPANY, NOW);

    assertThatThrownBy(() -> tickets.saveChanged(ghost, Updates.set("stage", "CLOSED")))
        .isInstanceOf(NotFoundException.class).hasMessage("no ticket " + ghost.id());
    assertThat(tickets.findById(ghost.id())).isEmpty();
    assertThat(collection.countDocuments()).isZero();
  }

  @Test
  void pagesAreNewestFirstAndFilteredByCompany() {
    List<Ticket> ofCompany = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ofCompany.add(ticket(COMPANY, NOW.minus(Duration.ofDays(i))));
    }
    // the same time twice: the id decides, so that pages never overlap
    ofCompany.add(new Ticket("zzz-same-time", COMPANY, "OPEN", NOW.minus(Duration.ofDays(2)), 1));
    ofCompany.forEach(t -> tickets.insert(t, event(t, "test.ticket.opened")));
    Ticket other = ticket(OTHER, NOW.plus(Duration.ofDays(1)));
    tickets.insert(other, event(other, "test.ticket.opened"));

    Page<Ticket> first = tickets.page(new ListQuery(Optional.of(COMPANY), new PageQuery(0, 4)));
    Page<Ticket> second = tickets.page(new ListQuery(Optional.of(COMPANY), new PageQuery(1, 4)));

    assertThat(first.totalItems()).isEqualTo(6);
    assertThat(first.totalPages()).isEqualTo(2);
    assertThat(first.page()).isZero();
    assertThat(first.size()).isEqualTo(4);
    List<Ticket> both = new ArrayList<>(first.items());
    both.addAll(second.items());
    assertThat(both).extracting(Ticket::id).containsExactly(ofCompany.get(0).id(),
        ofCompany.get(1).id(), "zzz-same-time", ofCompany.get(2).id(), ofCompany.get(3).id(),
        ofCompany.get(4).id());
    assertThat(second.items()).hasSize(2);

    Page<Ticket> everyone = tickets.page(ListQuery.parse(null, null, null));
    assertThat(everyone.totalItems()).isEqualTo(7);
    assertThat(everyone.items().get(0)).isEqualTo(other);
    assertThat(tickets.page(new ListQuery(Optional.of(COMPANY), new PageQuery(2, 4))).items())
        .isEmpty();
  }

  @Test
  void aCompanysAggregatesAreNewestFirstFilteredAndLimited() {
    Ticket old = ticket(COMPANY, NOW.minus(Duration.ofDays(3)));
    Ticket closed = ticket(COMPANY, NOW.minus(Duration.ofDays(2))).withStage("CLOSED", 1);
    Ticket recent = ticket(COMPANY, NOW.minus(Duration.ofDays(1)));
    Ticket others = ticket(OTHER, NOW);
    for (Ticket t : List.of(old, closed, recent, others)) {
      tickets.insert(t, event(t, "test.ticket.opened"));
    }

    assertThat(tickets.ofCompany(COMPANY, 10)).containsExactly(recent, closed, old);
    assertThat(tickets.ofCompany(COMPANY, 2)).containsExactly(recent, closed);
    assertThat(tickets.ofCompany(COMPANY, Filters.ne("stage", "CLOSED"), 0))
        .containsExactly(recent, old);
    assertThat(tickets.ofCompany(EnterpriseNumber.parse("0417497106"), 10)).isEmpty();
  }

  @Test
  void readersNeverGetTheOutboxFields() {
    Ticket ticket = ticket(COMPANY, NOW);
    tickets.insert(ticket, event(ticket, "test.ticket.opened"));
    // as the relay leaves a document after the CRM refused an event and retried another
    collection.updateOne(Filters.eq("_id", ticket.id()), Updates.combine(
        Updates.set(Outbox.REJECTED, List.of(new Document("eventId", "x"))),
        Updates.set(Outbox.ATTEMPTS, 3)));

    tickets.findById(ticket.id());
    tickets.page(new ListQuery(Optional.of(COMPANY), PageQuery.first()));
    tickets.page(ListQuery.parse(null, null, null));
    tickets.ofCompany(COMPANY, 10);
    tickets.ofCompany(COMPANY, Filters.eq("stage", "OPEN"), 10);

    assertThat(read).hasSize(5).allSatisfy(document -> {
      assertThat(document.keySet()).doesNotContainAnyElementsOf(OUTBOX_FIELDS);
      assertThat(document.getString("stage")).isEqualTo("OPEN");
    });
    assertThat(stored(ticket).keySet()).containsAll(OUTBOX_FIELDS);
  }

  @Test
  void indexesAreCreatedOnceAndAnExistingOneOnTheSameKeysIsKept() {
    MongoCollection<Document> older = MONGO.database().getCollection("older");
    older.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
        Indexes.descending("openedAt")), new IndexOptions().name("company_newest_first"));
    AggregateCollection<Ticket> onOlder = new AggregateCollection<>(older,
        AggregateCollection.Mapping.of(t -> new Document(), d -> null, Ticket::id,
            Ticket::version), "openedAt", "ticket", Clock.systemUTC());

    onOlder.createIndexes();
    onOlder.createIndexes();
    tickets.createIndexes();

    assertThat(indexKeys(older)).containsExactlyInAnyOrder("{\"_id\": 1}",
        "{\"enterpriseNumber\": 1, \"openedAt\": -1}", "{\"openedAt\": -1}",
        "{\"outboxDueAt\": 1}");
    assertThat(indexKeys(collection)).containsExactlyInAnyOrder("{\"_id\": 1}",
        "{\"enterpriseNumber\": 1, \"openedAt\": -1}", "{\"openedAt\": -1}",
        "{\"outboxDueAt\": 1}");
    assertThat(older.listIndexes().into(new ArrayList<>())).extracting(d -> d.getString("name"))
        .contains("company_newest_first");
  }

  private static List<String> indexKeys(MongoCollection<Document> collection) {
    return collection.listIndexes().map(d -> d.get("key", Document.class).toJson())
        .into(new ArrayList<>());
  }

  private Document stored(Ticket ticket) {
    return collection.find(Filters.eq("_id", ticket.id())).first();
  }

  private static Ticket ticket(EnterpriseNumber company, Instant openedAt) {
    return new Ticket(UUID.randomUUID().toString(), company, "OPEN", openedAt, 1);
  }

  private static PendingJourneyEvent event(Ticket ticket, String type) {
    return PendingJourneyEvent.create(ticket.company(), Agency.FINANCE, type, NOW, type,
        "Test User", "test@poles.brussels", Confidentiality.SHARED, "", ticket.id());
  }
}
