package be.brussels.poles.financing.application;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Applications in the {@value #COLLECTION} collection, one document each, with the outbox of
 * journey events inside it: a change and its event are one single-document write. Money is stored
 * as minor units (a long) plus the currency code, never as a floating-point number.
 */
@Repository
public class FinancingApplicationRepository {

  public static final String COLLECTION = "applications";

  private static final Bson NEWEST_FIRST =
      Sorts.orderBy(Sorts.descending("submittedAt"), Sorts.descending("_id"));
  /** The outbox stays in the document but is no business of readers. */
  private static final Bson WITHOUT_OUTBOX = Projections.exclude(Outbox.EVENTS, Outbox.REJECTED);

  private final MongoCollection<Document> collection;
  private final Clock clock;

  public FinancingApplicationRepository(MongoDatabase database, Clock clock) {
    this.collection = database.getCollection(COLLECTION);
    this.clock = clock;
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
        Indexes.descending("submittedAt")));
    collection.createIndex(Indexes.descending("submittedAt"));
    // the relay scans for due outboxes on every poll
    collection.createIndex(Indexes.ascending(Outbox.DUE_AT), new IndexOptions().sparse(true));
  }

  /** The collection, for the outbox relay. */
  public MongoCollection<Document> collection() {
    return collection;
  }

  /** Stores a new application and the event announcing it, atomically. */
  public void insert(FinancingApplication application, PendingJourneyEvent event) {
    collection.insertOne(Outbox.withPending(toDocument(application), clock.instant(), event));
  }

  /**
   * Writes the changed state of an application read at {@code changed.version()}, with the
   * events the change causes, in one conditional update; returns the new version.
   *
   * @throws ConflictException when someone else changed it since (the stored version moved on)
   * @throws NotFoundException when it does not exist
   */
  public long saveChanged(FinancingApplication changed, PendingJourneyEvent... events) {
    String id = changed.applicationId().toString();
    List<Bson> updates = new ArrayList<>(List.of(
        Updates.set("stage", changed.stage().name()),
        Updates.inc("version", 1L)));
    if (events.length > 0) {
      updates.add(Outbox.enqueue(clock.instant(), events));
    }
    UpdateResult result = collection.updateOne(
        Filters.and(Filters.eq("_id", id), Filters.eq("version", changed.version())),
        Updates.combine(updates));
    if (result.getMatchedCount() == 0) {
      if (collection.countDocuments(Filters.eq("_id", id)) == 0) {
        throw new NotFoundException("no financing application " + id);
      }
      throw new ConflictException("financing application " + id
          + " was changed by someone else since version " + changed.version()
          + "; reload it and try again");
    }
    return changed.version() + 1;
  }

  public Optional<FinancingApplication> findById(UUID applicationId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", applicationId.toString()))
        .projection(WITHOUT_OUTBOX).first()).map(FinancingApplicationRepository::fromDocument);
  }

  /** One page, newest first, of every application or one company's. */
  public Page<FinancingApplication> page(ApplicationQuery query) {
    Bson filter = query.enterpriseNumber()
        .map(number -> Filters.eq("enterpriseNumber", number.value()))
        .orElseGet(Filters::empty);
    long total = collection.countDocuments(filter);
    List<FinancingApplication> items = collection.find(filter).projection(WITHOUT_OUTBOX)
        .sort(NEWEST_FIRST).skip(query.page().offset()).limit(query.page().size())
        .map(FinancingApplicationRepository::fromDocument).into(new ArrayList<>());
    return Page.of(items, query.page(), total);
  }

  /** A company's applications, newest first, at most {@code limit}. */
  public List<FinancingApplication> forCompany(EnterpriseNumber number, int limit) {
    return collection.find(Filters.eq("enterpriseNumber", number.value()))
        .projection(WITHOUT_OUTBOX).sort(NEWEST_FIRST).limit(limit)
        .map(FinancingApplicationRepository::fromDocument).into(new ArrayList<>());
  }

  static Document toDocument(FinancingApplication a) {
    return new Document("_id", a.applicationId().toString())
        .append("enterpriseNumber", a.enterpriseNumber().value())
        .append("companyName", a.companyName())
        .append("companyVerified", a.companyVerified())
        .append("instrument", a.instrument().name())
        .append("requestedAmount", new Document("minorUnits", a.requestedAmount().minorUnits())
            .append("currency", a.requestedAmount().currencyCode()))
        .append("purpose", a.purpose())
        .append("agency", a.agency().name())
        .append("analyst", new Document("name", a.analyst().name())
            .append("email", a.analyst().email()))
        .append("stage", a.stage().name())
        .append("submittedAt", Date.from(a.submittedAt()))
        .append("version", a.version());
  }

  static FinancingApplication fromDocument(Document d) {
    Document amount = d.get("requestedAmount", Document.class);
    Document analyst = d.get("analyst", Document.class);
    return FinancingApplication.restore(
        UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"),
        d.getBoolean("companyVerified", false),
        Instrument.valueOf(d.getString("instrument")),
        Money.ofMinorUnits(amount.get("minorUnits", Number.class).longValue(),
            amount.getString("currency")),
        d.getString("purpose"),
        Agency.valueOf(d.getString("agency")),
        new StaffContact(analyst.getString("name"), analyst.getString("email")),
        ApplicationStage.valueOf(d.getString("stage")),
        d.getDate("submittedAt").toInstant(),
        d.get("version", Number.class).longValue());
  }
}
