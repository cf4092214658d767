package be.brussels.poles.housing.request;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Location requests in the {@value #COLLECTION} collection, one document each, with the outbox of
 * journey events inside it: a change and its event are one single-document write. The budget is
 * stored as minor units (a long) plus the currency code; the wanted date as "YYYY-MM-DD".
 */
@Repository
public class LocationRequestRepository {

  public static final String COLLECTION = "location_requests";

  private static final Bson NEWEST_FIRST =
      Sorts.orderBy(Sorts.descending("requestedAt"), Sorts.descending("_id"));
  private static final Bson WITHOUT_OUTBOX = Projections.exclude(Outbox.EVENTS, Outbox.REJECTED);
  private static final List<String> OPEN_STAGES = Arrays.stream(RequestStage.values())
      .filter(RequestStage::isOpen).map(Enum::name).toList();

  private final MongoCollection<Document> collection;
  private final Clock clock;

  public LocationRequestRepository(MongoDatabase database, Clock clock) {
    this.collection = database.getCollection(COLLECTION);
    this.clock = clock;
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
        Indexes.descending("requestedAt")));
    collection.createIndex(Indexes.descending("requestedAt"));
    // the relay scans for due outboxes on every poll
    collection.createIndex(Indexes.ascending(Outbox.DUE_AT), new IndexOptions().sparse(true));
  }

  /** The collection, for the outbox relay. */
  public MongoCollection<Document> collection() {
    return collection;
  }

  /** Stores a new request and the event announcing it, atomically. */
  public void insert(LocationRequest request, PendingJourneyEvent event) {
    collection.insertOne(Outbox.withPending(toDocument(request), clock.instant(), event));
  }

  /**
   * Writes the changed state of a request read at {@code changed.version()}, with the events the
   * change causes, in one conditional update; returns the new version.
   *
   * @throws ConflictException when someone else changed it since (the stored version moved on)
   * @throws NotFoundException when it does not exist
   */
  public long saveChanged(LocationRequest changed, PendingJourneyEvent... events) {
    String id = changed.requestId().toString();
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
        throw new NotFoundException("no location request " + id);
      }
      throw new ConflictException("location request " + id
          + " was changed by someone else since version " + changed.version()
          + "; reload it and try again");
    }
    return changed.version() + 1;
  }

  public Optional<LocationRequest> findById(UUID requestId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", requestId.toString()))
        .projection(WITHOUT_OUTBOX).first()).map(LocationRequestRepository::fromDocument);
  }

  /** One page, newest first, of every request or one company's. */
  public Page<LocationRequest> page(LocationRequestQuery query) {
    Bson filter = query.enterpriseNumber()
        .map(number -> Filters.eq("enterpriseNumber", number.value()))
        .orElseGet(Filters::empty);
    long total = collection.countDocuments(filter);
    List<LocationRequest> items = collection.find(filter).projection(WITHOUT_OUTBOX)
        .sort(NEWEST_FIRST).skip(query.page().offset()).limit(query.page().size())
        .map(LocationRequestRepository::fromDocument).into(new ArrayList<>());
    return Page.of(items, query.page(), total);
  }

  /** A company's open requests, newest first, at most {@code limit}. */
  public List<LocationRequest> openForCompany(EnterpriseNumber number, int limit) {
    return collection.find(Filters.and(Filters.eq("enterpriseNumber", number.value()),
            Filters.in("stage", OPEN_STAGES)))
        .projection(WITHOUT_OUTBOX).sort(NEWEST_FIRST).limit(limit)
        .map(LocationRequestRepository::fromDocument).into(new ArrayList<>());
  }

  static Document toDocument(LocationRequest r) {
    Document document = new Document("_id", r.requestId().toString())
        .append("enterpriseNumber", r.enterpriseNumber().value())
        .append("companyName", r.companyName())
        .append("companyVerified", r.companyVerified())
        .append("unitType", r.unitType().name())
        .append("surfaceMin", r.surface().min())
        .append("surfaceMax", r.surface().max());
    r.maxMonthlyBudget().ifPresent(budget -> document.append("maxMonthlyBudget",
        new Document("minorUnits", budget.minorUnits()).append("currency", budget.currencyCode())));
    return document
        .append("communes", r.communes().stream().map(Enum::name).toList())
        .append("wantedFrom", r.wantedFrom().toString())
        .append("agency", r.agency().name())
        .append("officer", new Document("name", r.officer().name())
            .append("email", r.officer().email()))
        .append("stage", r.stage().name())
        .append("requestedAt", Date.from(r.requestedAt()))
        .append("version", r.version());
  }

  static LocationRequest fromDocument(Document d) {
    Document budget = d.get("maxMonthlyBudget", Document.class);
    Document officer = d.get("officer", Document.class);
    return LocationRequest.restore(
        UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"),
        d.getBoolean("companyVerified", false),
        UnitType.valueOf(d.getString("unitType")),
        new SurfaceRange(d.getInteger("surfaceMin"), d.getInteger("surfaceMax")),
        budget == null ? null : Money.ofMinorUnits(
            budget.get("minorUnits", Number.class).longValue(), budget.getString("currency")),
        d.getList("communes", String.class, List.of()).stream().map(Commune::valueOf).toList(),
        LocalDate.parse(d.getString("wantedFrom")),
        Agency.valueOf(d.getString("agency")),
        new Officer(officer.getString("name"), officer.getString("email")),
        RequestStage.valueOf(d.getString("stage")),
        d.getDate("requestedAt").toInstant(),
        d.get("version", Number.class).longValue());
  }
}
