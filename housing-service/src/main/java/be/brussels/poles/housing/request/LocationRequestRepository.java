package be.brussels.poles.housing.request;

import be.brussels.poles.housing.inventory.Sector;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Location requests in the {@value #COLLECTION} collection, stored as every pole stores its
 * aggregates ({@link AggregateCollection}: one document each with its outbox, versioned, newest
 * first by {@code requestedAt}). The budget is stored as minor units (a long) plus the currency
 * code; the wanted date as "YYYY-MM-DD".
 */
@Repository
public class LocationRequestRepository {

  public static final String COLLECTION = "location_requests";

  private static final Bson OPEN = Filters.in("stage", Arrays.stream(RequestStage.values())
      .filter(RequestStage::isOpen).map(Enum::name).toList());

  private final AggregateCollection<LocationRequest> requests;

  public LocationRequestRepository(MongoDatabase database, Clock clock) {
    this.requests = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(LocationRequestRepository::toDocument,
            LocationRequestRepository::fromDocument, r -> r.requestId().toString(),
            LocationRequest::version),
        "requestedAt", "location request", clock);
    requests.createIndexes();
  }

  /** The collection, for the outbox relay. */
  public MongoCollection<Document> collection() {
    return requests.collection();
  }

  /** Stores a new request and the events announcing it, atomically. */
  public void insert(LocationRequest request, PendingJourneyEvent... events) {
    requests.insert(request, events);
  }

  /**
   * Writes the changed state of a request read at {@code changed.version()}, with the events the
   * change causes, in one conditional update; returns the new version.
   *
   * @throws ConflictException when someone else changed it since (the stored version moved on)
   * @throws NotFoundException when it does not exist
   */
  public long saveChanged(LocationRequest changed, PendingJourneyEvent... events) {
    return requests.saveChanged(changed, Updates.combine(
        Updates.set("stage", changed.stage().name()),
        Updates.set("steps", changed.steps().stream().map(LocationRequestRepository::step).toList())),
        events);
  }

  public Optional<LocationRequest> findById(UUID requestId) {
    return requests.findById(requestId.toString());
  }

  /** One page, newest first, of every request or one company's. */
  public Page<LocationRequest> page(ListQuery query) {
    return requests.page(query);
  }

  /** A company's open requests, newest first, at most {@code limit}. */
  public List<LocationRequest> openForCompany(EnterpriseNumber number, int limit) {
    return requests.ofCompany(number, OPEN, limit);
  }

  static Document toDocument(LocationRequest r) {
    Document document = new Document("_id", r.requestId().toString())
        .append("enterpriseNumber", r.enterpriseNumber().value())
        .append("companyName", r.companyName())
        .append("companyVerified", r.companyVerified())
        .append("unitType", r.unitType().name())
        .append("surfaceMin", r.surface().min())
        .append("surfaceMax", r.surface().max());
    r.maxMonthlyBudget().ifPresent(budget -> document.append("maxMonthlyBudget", money(budget)));
    return document
        .append("communes", r.communes().stream().map(Enum::name).toList())
        .append("wantedFrom", r.wantedFrom().toString())
        .append("agency", r.agency().name())
        .append("officer", new Document("name", r.officer().name())
            .append("email", r.officer().email()))
        .append("stage", r.stage().name())
        .append("requestedAt", Date.from(r.requestedAt()))
        .append("version", r.version())
        .append("sector", r.details().sector() == null ? null : r.details().sector().name())
        .append("specialNeeds", r.details().specialNeeds())
        .append("referralId", r.details().referralId())
        .append("referredBy", r.details().referredBy() == null ? null
            : r.details().referredBy().name())
        .append("steps", r.steps().stream().map(LocationRequestRepository::step).toList());
  }

  private static Document step(RequestStep s) {
    return new Document("kind", s.kind().name())
        .append("unitIds", s.unitIds().stream().map(UUID::toString).toList())
        .append("visitOn", s.visitOn() == null ? null : s.visitOn().toString())
        .append("monthlyRent", s.monthlyRent() == null ? null : money(s.monthlyRent()))
        .append("reason", s.reason())
        .append("leaseId", s.leaseId() == null ? null : s.leaseId().toString())
        .append("by", new Document("name", s.by().name()).append("email", s.by().email()))
        .append("at", Date.from(s.at()));
  }

  private static RequestStep step(Document d) {
    Document rent = d.get("monthlyRent", Document.class);
    Document by = d.get("by", Document.class);
    String visitOn = d.getString("visitOn");
    String leaseId = d.getString("leaseId");
    return new RequestStep(StepKind.valueOf(d.getString("kind")),
        d.getList("unitIds", String.class, List.of()).stream().map(UUID::fromString).toList(),
        visitOn == null ? null : LocalDate.parse(visitOn), rent == null ? null : money(rent),
        d.getString("reason"), leaseId == null ? null : UUID.fromString(leaseId),
        new Officer(by.getString("name"), by.getString("email")), d.getDate("at").toInstant());
  }

  private static Document money(Money money) {
    return new Document("minorUnits", money.minorUnits()).append("currency", money.currencyCode());
  }

  private static Money money(Document d) {
    return Money.ofMinorUnits(d.get("minorUnits", Number.class).longValue(),
        d.getString("currency"));
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
        budget == null ? null : money(budget),
        d.getList("communes", String.class, List.of()).stream().map(Commune::valueOf).toList(),
        LocalDate.parse(d.getString("wantedFrom")),
        Agency.valueOf(d.getString("agency")),
        new Officer(officer.getString("name"), officer.getString("email")),
        RequestStage.valueOf(d.getString("stage")),
        d.getDate("requestedAt").toInstant(),
        d.get("version", Number.class).longValue())
        .withDetails(new RequestDetails(
            d.getString("sector") == null ? null : Sector.valueOf(d.getString("sector")),
            d.getString("specialNeeds"), d.getString("referralId"),
            d.getString("referredBy") == null ? null : Agency.valueOf(d.getString("referredBy"))))
        .withSteps(d.getList("steps", Document.class, List.of()).stream()
            .map(LocationRequestRepository::step).toList());
  }
}
