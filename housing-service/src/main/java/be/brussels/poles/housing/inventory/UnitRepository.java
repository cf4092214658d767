package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.mongo.AggregateCollection;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Units in the {@value #COLLECTION} collection, one document each holding its leases and its
 * outbox, versioned: a lease is written by one update conditional on the version the overlap
 * check read, so two staff can never lease one unit for overlapping periods (the second gets a
 * 409). Money is stored as minor units plus the currency; days as "YYYY-MM-DD", which compare
 * as text.
 */
@Repository
public class UnitRepository {

  public static final String COLLECTION = "units";

  private final AggregateCollection<Unit> units;

  public UnitRepository(MongoDatabase database, Clock clock) {
    this.units = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(UnitRepository::toDocument, UnitRepository::fromDocument,
            u -> u.unitId().toString(), Unit::version),
        "createdAt", "unit", clock);
    units.createIndexes();
    units.collection().createIndex(Indexes.ascending("siteId"));
    units.collection().createIndex(Indexes.ascending("leases.enterpriseNumber"));
    units.collection().createIndex(Indexes.ascending("type", "availableFrom"));
  }

  /** The collection, for the outbox relay. */
  public MongoCollection<Document> collection() {
    return units.collection();
  }

  public void insert(Unit unit) {
    units.insert(unit);
  }

  /**
   * Writes the unit's leases as changed from the version it was read at, with the events the
   * change causes, in one conditional update; returns the new version.
   *
   * @throws be.brussels.poles.kit.error.ConflictException when someone changed the unit since
   */
  public long saveLeases(Unit changed, PendingJourneyEvent... events) {
    return units.saveChanged(changed, Updates.set("leases", leases(changed.leases())), events);
  }

  /** Writes a changed description conditional on the version it was read at; the new version. */
  public long saveDescription(Unit changed) {
    Document d = toDocument(changed);
    List<Bson> sets = new ArrayList<>();
    for (String field : List.of("reference", "referenceKey", "surface", "monthlyPrice",
        "availableFrom", "availableUntil")) {
      sets.add(Updates.set(field, d.get(field)));
    }
    return units.saveChanged(changed, Updates.combine(sets));
  }

  public Optional<Unit> findById(UUID unitId) {
    return units.findById(unitId.toString());
  }

  /** Every unit of a site, by reference. */
  public List<Unit> ofSite(UUID siteId) {
    return find(Filters.eq("siteId", siteId.toString()), Sorts.ascending("referenceKey", "_id"),
        0, 0);
  }

  /** The units a company holds or held a lease on. */
  public List<Unit> leasedBy(EnterpriseNumber company) {
    return find(Filters.eq("leases.enterpriseNumber", company.value()),
        Sorts.ascending("_id"), 0, 0);
  }

  /** Every unit that holds at least one lease. */
  public List<Unit> withLeases() {
    return find(Filters.exists("leases.0"), Sorts.ascending("_id"), 0, 0);
  }

  /** Units of {@code type} that can still be let on or after {@code from}: matching's pool. */
  public List<Unit> lettable(UnitType type, LocalDate from) {
    return find(Filters.and(Filters.eq("type", type.name()), Filters.or(
        Filters.eq("availableUntil", null), Filters.gte("availableUntil", from.toString()))),
        Sorts.ascending("_id"), 0, 0);
  }

  /** Units with a lease ending on or before {@code lastDay} whose ending was not signalled. */
  public List<Unit> withUnsignalledLeaseEndingBy(LocalDate lastDay) {
    return find(Filters.elemMatch("leases", Filters.and(Filters.lte("end", lastDay.toString()),
        Filters.eq("endingSignalled", false))), Sorts.ascending("_id"), 0, 0);
  }

  public Page<Unit> page(UnitQuery query) {
    List<Bson> filters = new ArrayList<>();
    query.siteId().ifPresent(id -> filters.add(Filters.eq("siteId", id.toString())));
    query.type().ifPresent(t -> filters.add(Filters.eq("type", t.name())));
    query.commune().ifPresent(c -> filters.add(Filters.eq("commune", c.name())));
    if (query.minSurface() > 0) {
      filters.add(Filters.gte("surface", query.minSurface()));
    }
    query.freeOn().ifPresent(day -> {
      String text = day.toString();
      filters.add(Filters.lte("availableFrom", text));
      filters.add(Filters.or(Filters.eq("availableUntil", null),
          Filters.gte("availableUntil", text)));
      filters.add(Filters.nor(Filters.elemMatch("leases",
          Filters.and(Filters.lte("start", text), Filters.gte("end", text)))));
    });
    Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    long total = units.collection().countDocuments(filter);
    String field = switch (query.sort().field()) {
      case REFERENCE -> "referenceKey";
      case SURFACE -> "surface";
      case PRICE -> "monthlyPrice.minorUnits";
      case AVAILABLE_FROM -> "availableFrom";
    };
    Bson order = query.sort().descending()
        ? Sorts.orderBy(Sorts.descending(field), Sorts.ascending("_id"))
        : Sorts.ascending(field, "_id");
    return Page.of(find(filter, order, query.page().offset(), query.page().size()), query.page(),
        total);
  }

  private List<Unit> find(Bson filter, Bson sort, int skip, int limit) {
    return units.collection().find(filter)
        .projection(com.mongodb.client.model.Projections.include(FIELDS))
        .sort(sort).skip(skip).limit(limit).map(UnitRepository::fromDocument)
        .into(new ArrayList<>());
  }

  private static final List<String> FIELDS = List.of("_id", "siteId", "siteName", "siteType",
      "commune", "sectors", "type", "reference", "surface", "monthlyPrice", "availableFrom",
      "availableUntil", "leases", "createdAt", "version");

  static Document money(Money money) {
    return new Document("minorUnits", money.minorUnits()).append("currency", money.currencyCode());
  }

  static Money money(Document d) {
    return Money.ofMinorUnits(d.get("minorUnits", Number.class).longValue(),
        d.getString("currency"));
  }

  static Document officer(Officer officer) {
    return new Document("name", officer.name()).append("email", officer.email());
  }

  static Officer officer(Document d) {
    return new Officer(d.getString("name"), d.getString("email"));
  }

  static Document toDocument(Unit u) {
    return new Document("_id", u.unitId().toString())
        .append("siteId", u.siteId().toString())
        .append("siteName", u.siteName())
        .append("siteType", u.siteType().name())
        .append("commune", u.commune().name())
        .append("sectors", u.sectors().stream().map(Enum::name).toList())
        .append("type", u.type().name())
        .append("reference", u.reference())
        .append("referenceKey", u.reference().toLowerCase(Locale.ROOT))
        .append("surface", u.surface())
        .append("monthlyPrice", money(u.monthlyPrice()))
        .append("availableFrom", u.availableFrom().toString())
        .append("availableUntil", u.availableUntil() == null ? null : u.availableUntil().toString())
        .append("leases", leases(u.leases()))
        .append("createdAt", Date.from(u.createdAt()))
        .append("version", u.version());
  }

  static List<Document> leases(List<Lease> leases) {
    return leases.stream().map(UnitRepository::lease).toList();
  }

  static Unit fromDocument(Document d) {
    String until = d.getString("availableUntil");
    return new Unit(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("siteId")),
        d.getString("siteName"), SiteType.valueOf(d.getString("siteType")),
        Commune.valueOf(d.getString("commune")),
        d.getList("sectors", String.class, List.of()).stream().map(Sector::valueOf).toList(),
        UnitType.valueOf(d.getString("type")), d.getString("reference"), d.getInteger("surface"),
        money(d.get("monthlyPrice", Document.class)), LocalDate.parse(d.getString("availableFrom")),
        until == null ? null : LocalDate.parse(until),
        d.getList("leases", Document.class, List.of()).stream().map(UnitRepository::lease)
            .toList(),
        d.getDate("createdAt").toInstant(), d.get("version", Number.class).longValue());
  }

  private static Document lease(Lease l) {
    return new Document("leaseId", l.leaseId().toString())
        .append("enterpriseNumber", l.enterpriseNumber().value())
        .append("companyName", l.companyName())
        .append("kind", l.kind().name())
        .append("start", l.start().toString())
        .append("end", l.end().toString())
        .append("monthlyRent", money(l.monthlyRent()))
        .append("requestId", l.requestId() == null ? null : l.requestId().toString())
        .append("signedBy", officer(l.signedBy()))
        .append("signedAt", Date.from(l.signedAt()))
        .append("terminated", l.terminated())
        .append("endingSignalled", l.endingSignalled());
  }

  private static Lease lease(Document d) {
    String requestId = d.getString("requestId");
    return new Lease(UUID.fromString(d.getString("leaseId")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")), d.getString("companyName"),
        LeaseKind.valueOf(d.getString("kind")), LocalDate.parse(d.getString("start")),
        LocalDate.parse(d.getString("end")), money(d.get("monthlyRent", Document.class)),
        requestId == null ? null : UUID.fromString(requestId),
        officer(d.get("signedBy", Document.class)), d.getDate("signedAt").toInstant(),
        d.getBoolean("terminated", false), d.getBoolean("endingSignalled", false));
  }
}
