package be.brussels.poles.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.JourneyEventSink;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.testsupport.EmbeddedMongoDatabase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The relay against the embedded server through the real driver; time moves by hand. */
class OutboxRelayIT {

  @RegisterExtension
  static final EmbeddedMongoDatabase MONGO = new EmbeddedMongoDatabase("outbox");

  MongoCollection<Document> files;
  MovableClock clock = new MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
  RecordingSink sink = new RecordingSink();
  OutboxSettings settings = new OutboxSettings(Duration.ofMillis(50), 500, Duration.ofSeconds(30),
      Duration.ofSeconds(1), Duration.ofSeconds(60));

  @BeforeEach
  void freshCollection() {
    files = MONGO.collection("files-" + System.nanoTime());
  }

  @Test
  void pendingEventIsDeliveredOnceAndLeavesTheOutbox() {
    PendingJourneyEvent event = event("e-1");
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event));
    OutboxRelay relay = relay();

    assertThat(relay.deliverDue()).isEqualTo(1);
    assertThat(relay.deliverDue()).isZero();

    assertThat(sink.delivered).extracting(PendingJourneyEvent::eventId).containsExactly("e-1");
    Document stored = files.find(Filters.eq("_id", "f1")).first();
    assertThat(stored.getList(Outbox.EVENTS, Document.class)).isEmpty();
    assertThat(stored.containsKey(Outbox.DUE_AT)).isFalse();
  }

  @Test
  void failedDeliveryIsRetriedAfterTheBackoffAndNothingIsLost() {
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event("e-1")));
    OutboxRelay relay = relay();
    sink.failWith = new IllegalStateException("CRM down");

    assertThat(relay.deliverDue()).isZero();
    assertThat(files.find().first().getInteger(Outbox.ATTEMPTS)).isEqualTo(1);

    sink.failWith = null;
    assertThat(relay.deliverDue()).as("not due before the backoff").isZero();
    clock.advance(Duration.ofSeconds(2));
    assertThat(relay.deliverDue()).isEqualTo(1);
    assertThat(sink.delivered).extracting(PendingJourneyEvent::eventId).containsExactly("e-1");
  }

  @Test
  void backoffDoublesPerFailureUpToTheMaximum() {
    assertThat(settings.backoffAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.backoffAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(settings.backoffAfter(30, 0.5)).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.backoffAfter(3, 0.0)).isEqualTo(Duration.ofMillis(3200));
    assertThat(settings.backoffAfter(3, 1.0)).isEqualTo(Duration.ofMillis(4800));
  }

  @Test
  void eventsTheCrmRejectsAreParkedNotRetriedForever() {
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event("bad")));
    sink.failWith = new JourneyEventSink.RejectedEventsException("events[0].type is invalid", null);
    OutboxRelay relay = relay();

    relay.deliverDue();
    clock.advance(Duration.ofHours(1));
    sink.failWith = null;
    assertThat(relay.deliverDue()).isZero();

    Document stored = files.find().first();
    assertThat(stored.getList(Outbox.EVENTS, Document.class)).isEmpty();
    assertThat(stored.getList(Outbox.REJECTED, Document.class)).hasSize(1);
    assertThat(sink.delivered).isEmpty();
  }

  @Test
  void anEventEnqueuedDuringDeliveryIsDeliveredInTheNextRound() {
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event("e-1")));
    sink.duringDelivery = events -> files.updateOne(Filters.eq("_id", "f1"),
        Outbox.enqueue(clock.instant(), event("e-2")));
    OutboxRelay relay = relay();

    relay.deliverDue();
    sink.duringDelivery = null;
    relay.deliverDue();

    assertThat(sink.delivered).extracting(PendingJourneyEvent::eventId).containsExactly("e-1", "e-2");
    assertThat(files.find().first().getList(Outbox.EVENTS, Document.class)).isEmpty();
  }

  @Test
  void aDocumentClaimedByOneRelayIsLeftAloneByAnotherUntilTheLeaseEnds() {
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event("e-1")));
    RecordingSink otherSink = new RecordingSink();
    OutboxRelay other = new OutboxRelay(List.of(files), otherSink, clock, settings);
    // while the first relay's delivery is in flight, the second one scans
    sink.duringDelivery = events -> {
      assertThat(other.deliverDue()).as("claimed document is invisible to the other relay").isZero();
    };

    relay().deliverDue();

    assertThat(otherSink.delivered).isEmpty();
    assertThat(sink.delivered).hasSize(1);
  }

  @Test
  void aRelayThatDiesMidDeliveryLeavesTheEventToAnotherOnceTheLeaseEnds() {
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event("e-1")));
    sink.duringDelivery = events -> {
      throw new ProcessDied();
    };
    try {
      relay().deliverDue();
    } catch (ProcessDied expected) {
      // the process is gone: no acknowledgement, no postponement
    }
    RecordingSink survivor = new RecordingSink();
    OutboxRelay other = new OutboxRelay(List.of(files), survivor, clock, settings);

    assertThat(other.deliverDue()).as("still leased").isZero();
    clock.advance(Duration.ofSeconds(31));
    assertThat(other.deliverDue()).isEqualTo(1);
    assertThat(survivor.delivered).extracting(PendingJourneyEvent::eventId).containsExactly("e-1");
  }

  /** Stands for a crash: not a RuntimeException, so nothing in the relay handles it. */
  static final class ProcessDied extends Error {}

  @Test
  void eventsSurviveTheRoundTripThroughTheDatabaseUnchanged() {
    PendingJourneyEvent event = event("e-1");
    files.insertOne(Outbox.withPending(new Document("_id", "f1"), clock.instant(), event));

    assertThat(Outbox.pendingIn(files.find().first())).containsExactly(event);
  }

  private OutboxRelay relay() {
    return new OutboxRelay(List.of(files), sink, clock, settings);
  }

  private PendingJourneyEvent event(String id) {
    return new PendingJourneyEvent(id, EnterpriseNumber.parse("0403019261"), Agency.HUB_IMPULSE,
        "guidance.file.opened", clock.instant(), "Guidance file opened", "Marc", "marc@demo",
        Confidentiality.CONFIDENTIAL, "note", "f1");
  }

  static final class RecordingSink implements JourneyEventSink {
    final List<PendingJourneyEvent> delivered = new ArrayList<>();
    RuntimeException failWith;
    Consumer<List<PendingJourneyEvent>> duringDelivery;

    @Override
    public void deliver(List<PendingJourneyEvent> events) {
      if (duringDelivery != null) {
        duringDelivery.accept(events);
      }
      if (failWith != null) {
        throw failWith;
      }
      delivered.addAll(events);
    }
  }

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
