package be.brussels.poles.kit.mongo;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.outbox.Outbox;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One collection of a service's aggregates, one document each, stored the way every pole stores
 * them (service brief): the outbox of journey events inside the document, so that a change and
 * its events are one single-document write; a {@value #VERSION} field for optimistic locking;
 * the company in {@value #ENTERPRISE_NUMBER}; lists newest first on the aggregate's time field.
 * What the aggregate is and how its fields map to a document stays in the service
 * ({@link Mapping}). Free of Spring: the MongoDB Java Driver only.
 *
 * @param <T> the aggregate
 */
public final class AggregateCollection<T> {

  public static final String ID = "_id";
  public static final String VERSION = "version";
  public static final String ENTERPRISE_NUMBER = "enterpriseNumber";

  /** The outbox stays in the document but is no business of readers. */
  private static final Bson WITHOUT_OUTBOX =
      Projections.exclude(Outbox.EVENTS, Outbox.DUE_AT, Outbox.ATTEMPTS, Outbox.REJECTED);

  /**
   * How one aggregate type becomes a document and back. The document carries the aggregate's id
   * in {@value AggregateCollection#ID}, its version in {@value AggregateCollection#VERSION} and
   * its company in {@value AggregateCollection#ENTERPRISE_NUMBER} (canonical form).
   */
  public interface Mapping<T> {

    Document toDocument(T aggregate);

    /** Reads a stored document (never given the outbox fields). */
    T fromDocument(Document document);

    /** The value stored in {@value AggregateCollection#ID}. */
    String id(T aggregate);

    /** The version the aggregate was read at. */
    long version(T aggregate);

    /** A mapping made of four functions. */
    static <T> Mapping<T> of(Function<T, Document> toDocument, Function<Document, T> fromDocument,
        Function<T, String> id, ToLongFunction<T> version) {
      return new FunctionMapping<>(toDocument, fromDocument, id, version);
    }
  }

  private record FunctionMapping<T>(Function<T, Document> to, Function<Document, T> from,
      Function<T, String> idOf, ToLongFunction<T> versionOf) implements Mapping<T> {

    FunctionMapping {
      Objects.requireNonNull(to, "toDocument");
      Objects.requireNonNull(from, "fromDocument");
      Objects.requireNonNull(idOf, "id");
      Objects.requireNonNull(versionOf, "version");
    }

    @Override
    public Document toDocument(T aggregate) {
      return to.apply(aggregate);
    }

    @Override
    public T fromDocument(Document document) {
      return from.apply(document);
    }

    @Override
    public String id(T aggregate) {
      return idOf.apply(aggregate);
    }

    @Override
    public long version(T aggregate) {
      return versionOf.applyAsLong(aggregate);
    }
  }

  private final MongoCollection<Document> collection;
  private final Mapping<T> mapping;
  private final String timeField;
  private final String recordName;
  private final Clock clock;
  private final Bson newestFirst;

  /**
   * @param timeField the document field (a date) lists are sorted on, newest first, e.g.
   *     "submittedAt"
   * @param recordName what one aggregate is called in error messages, e.g. "financing
   *     application"
   * @param clock when outbox events fall due
   */
  public AggregateCollection(MongoCollection<Document> collection, Mapping<T> mapping,
      String timeField, String recordName, Clock clock) {
    this.collection = Objects.requireNonNull(collection, "collection");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.timeField = Objects.requireNonNull(timeField, "timeField");
    this.recordName = Objects.requireNonNull(recordName, "recordName");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.newestFirst = Sorts.orderBy(Sorts.descending(timeField), Sorts.descending(ID));
  }

  /** The collection, for the outbox relay ({@code OutboxSources}). */
  public MongoCollection<Document> collection() {
    return collection;
  }

  /**
   * Creates the indexes the lists and the outbox relay use: company + time, time, and the
   * outbox's due time. Idempotent; an index that already exists on the same keys, whatever its
   * name, is kept as it is.
   */
  public void createIndexes() {
    ensureIndex(Indexes.compoundIndex(Indexes.ascending(ENTERPRISE_NUMBER),
        Indexes.descending(timeField)), new IndexOptions());
    ensureIndex(Indexes.descending(timeField), new IndexOptions());
    // the relay scans for due outboxes on every poll
    ensureIndex(Indexes.ascending(Outbox.DUE_AT), new IndexOptions().sparse(true));
  }

  private void ensureIndex(Bson keys, IndexOptions options) {
    BsonDocument wanted = keys.toBsonDocument();
    for (Document index : collection.listIndexes()) {
      if (sameKeys(wanted, index.get("key", Document.class))) {
        return;
      }
    }
    collection.createIndex(keys, options);
  }

  private static boolean sameKeys(BsonDocument wanted, Document existing) {
    if (existing == null || !List.copyOf(existing.keySet()).equals(List.copyOf(wanted.keySet()))) {
      return false;
    }
    for (String field : wanted.keySet()) {
      Object direction = existing.get(field);
      if (!(direction instanceof Number)
          || ((Number) direction).intValue() != wanted.getNumber(field).intValue()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stores a new aggregate and the events announcing it, in one write. Without events the
   * document carries no outbox fields, so the relay never picks it up for nothing (an
   * inventory item that concerns no company, for example).
   */
  public void insert(T aggregate, PendingJourneyEvent... events) {
    Document document = mapping.toDocument(aggregate);
    collection.insertOne(events.length == 0 ? document
        : Outbox.withPending(document, clock.instant(), events));
  }

  /**
   * Writes {@code changes} (the fields that changed) of an aggregate read at
   * {@code changed}'s version, with the events the change causes, in one update conditional on
   * that version; returns the new version.
   *
   * @throws ConflictException when someone else changed it since (the stored version moved on);
   *     nothing is written
   * @throws NotFoundException when it does not exist
   */
  public long saveChanged(T changed, Bson changes, PendingJourneyEvent... events) {
    String id = mapping.id(changed);
    long version = mapping.version(changed);
    List<Bson> updates = new ArrayList<>(List.of(changes, Updates.inc(VERSION, 1L)));
    if (events.length > 0) {
      updates.add(Outbox.enqueue(clock.instant(), events));
    }
    UpdateResult result = collection.updateOne(
        Filters.and(Filters.eq(ID, id), Filters.eq(VERSION, version)), Updates.combine(updates));
    if (result.getMatchedCount() == 0) {
      if (collection.countDocuments(Filters.eq(ID, id)) == 0) {
        throw new NotFoundException("no " + recordName + " " + id);
      }
      throw new ConflictException(recordName + " " + id
          + " was changed by someone else since version " + version
          + "; reload it and try again");
    }
    return version + 1;
  }

  public Optional<T> findById(String id) {
    return Optional.ofNullable(collection.find(Filters.eq(ID, id)).projection(WITHOUT_OUTBOX)
        .first()).map(mapping::fromDocument);
  }

  /** One page, newest first, of every aggregate or of one company's. */
  public Page<T> page(ListQuery query) {
    Bson filter = query.enterpriseNumber().map(AggregateCollection::ofCompany)
        .orElseGet(Filters::empty);
    long total = collection.countDocuments(filter);
    PageQuery page = query.page();
    List<T> items = collection.find(filter).projection(WITHOUT_OUTBOX).sort(newestFirst)
        .skip(page.offset()).limit(page.size()).map(mapping::fromDocument)
        .into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  /** A company's aggregates, newest first, at most {@code limit} (0: all of them). */
  public List<T> ofCompany(EnterpriseNumber company, int limit) {
    return newestFirst(ofCompany(company), limit);
  }

  /**
   * A company's aggregates that also match {@code filter} (for example the open ones), newest
   * first, at most {@code limit} (0: all of them).
   */
  public List<T> ofCompany(EnterpriseNumber company, Bson filter, int limit) {
    return newestFirst(Filters.and(ofCompany(company), filter), limit);
  }

  private List<T> newestFirst(Bson filter, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit);
    }
    return collection.find(filter).projection(WITHOUT_OUTBOX).sort(newestFirst).limit(limit)
        .map(mapping::fromDocument).into(new ArrayList<>());
  }

  private static Bson ofCompany(EnterpriseNumber company) {
    return Filters.eq(ENTERPRISE_NUMBER, company.value());
  }
}
