package be.brussels.poles.kit.outbox;

import be.brussels.poles.kit.journey.JourneyEventSink;
import be.brussels.poles.kit.journey.JourneyEventSink.RejectedEventsException;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers the journey events waiting in the outboxes of a pole's collections to the CRM:
 * at-least-once, with exponential backoff, surviving restarts (the outbox is in the database).
 * The CRM ignores a repeated event id, which makes the effect exactly-once.
 *
 * <p>One round: claim due documents (moving their due time one lease ahead, so parallel relay
 * instances do not pick the same document), send their events in one call, then remove the
 * delivered ids. A failure pushes the documents' due time back by the backoff instead.
 */
public final class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final List<MongoCollection<Document>> sources;
  private final JourneyEventSink sink;
  private final Clock clock;
  private final OutboxSettings settings;
  private ScheduledExecutorService scheduler;

  public OutboxRelay(List<MongoCollection<Document>> sources, JourneyEventSink sink, Clock clock,
      OutboxSettings settings) {
    this.sources = List.copyOf(sources);
    this.sink = sink;
    this.clock = clock;
    this.settings = settings;
  }

  /** Delivers what is due now, in as many rounds as needed; returns the events delivered. */
  public int deliverDue() {
    int delivered = 0;
    for (MongoCollection<Document> collection : sources) {
      int round;
      do {
        round = deliverOneRound(collection);
        delivered += Math.max(round, 0);
      } while (round > 0);
    }
    return delivered;
  }

  /** Returns the events delivered, 0 when nothing was due, -1 when delivery failed. */
  private int deliverOneRound(MongoCollection<Document> collection) {
    Instant now = clock.instant();
    List<Document> claimed = claim(collection, now);
    if (claimed.isEmpty()) {
      return 0;
    }
    List<PendingJourneyEvent> events = new ArrayList<>();
    claimed.forEach(doc -> events.addAll(Outbox.pendingIn(doc)));
    try {
      sink.deliver(events);
    } catch (RejectedEventsException e) {
      log.error("the CRM rejected {} journey events as invalid; parked in {}: {}", events.size(),
          Outbox.REJECTED, e.getMessage());
      claimed.forEach(doc -> park(collection, doc));
      return events.size();
    } catch (RuntimeException e) {
      log.warn("journey delivery of {} events failed, will retry: {}", events.size(), e.toString());
      claimed.forEach(doc -> postpone(collection, doc, now));
      return -1;
    }
    claimed.forEach(doc -> acknowledge(collection, doc));
    return events.size();
  }

  private List<Document> claim(MongoCollection<Document> collection, Instant now) {
    List<Document> claimed = new ArrayList<>();
    int events = 0;
    FindOneAndUpdateOptions options = new FindOneAndUpdateOptions()
        .sort(Sorts.ascending(Outbox.DUE_AT))
        .returnDocument(ReturnDocument.AFTER);
    while (events < settings.maxEventsPerCall()) {
      Document doc = collection.findOneAndUpdate(
          Filters.lte(Outbox.DUE_AT, Date.from(now)),
          Updates.set(Outbox.DUE_AT, Date.from(now.plus(settings.lease()))),
          options);
      if (doc == null) {
        break;
      }
      claimed.add(doc);
      events += doc.getList(Outbox.EVENTS, Document.class, List.of()).size();
    }
    return claimed;
  }

  /** Removes the delivered events; clears the due time when nothing else arrived meanwhile. */
  private void acknowledge(MongoCollection<Document> collection, Document doc) {
    List<String> ids = ids(doc);
    Document after = collection.findOneAndUpdate(
        Filters.eq("_id", doc.get("_id")),
        Updates.combine(
            Updates.pullByFilter(new Document(Outbox.EVENTS,
                new Document("eventId", new Document("$in", ids)))),
            Updates.set(Outbox.ATTEMPTS, 0)),
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    if (after == null) {
      return;
    }
    if (after.getList(Outbox.EVENTS, Document.class, List.of()).isEmpty()) {
      collection.updateOne(
          Filters.and(Filters.eq("_id", doc.get("_id")), Filters.size(Outbox.EVENTS, 0)),
          Updates.unset(Outbox.DUE_AT));
    } else {
      // events enqueued while this batch was in flight: due at once
      collection.updateOne(Filters.eq("_id", doc.get("_id")),
          Updates.set(Outbox.DUE_AT, Date.from(clock.instant())));
    }
  }

  private void postpone(MongoCollection<Document> collection, Document doc, Instant now) {
    int attempts = doc.getInteger(Outbox.ATTEMPTS, 0) + 1;
    Instant next = now.plus(settings.backoffAfter(attempts, ThreadLocalRandom.current().nextDouble()));
    collection.updateOne(Filters.eq("_id", doc.get("_id")), Updates.combine(
        Updates.set(Outbox.DUE_AT, Date.from(next)),
        Updates.set(Outbox.ATTEMPTS, attempts)));
  }

  private void park(MongoCollection<Document> collection, Document doc) {
    List<Document> events = doc.getList(Outbox.EVENTS, Document.class, List.of());
    collection.updateOne(Filters.eq("_id", doc.get("_id")), Updates.combine(
        Updates.pushEach(Outbox.REJECTED, events),
        Updates.pullByFilter(new Document(Outbox.EVENTS,
            new Document("eventId", new Document("$in", ids(doc))))),
        Updates.unset(Outbox.DUE_AT)));
  }

  private static List<String> ids(Document doc) {
    return doc.getList(Outbox.EVENTS, Document.class, List.of()).stream()
        .map(e -> e.getString("eventId")).toList();
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "outbox-relay");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::deliverSafely, 0,
        settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliverSafely() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      // a database hiccup must not kill the schedule
      log.warn("outbox relay round failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
