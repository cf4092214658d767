package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.mongo.AggregateCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
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
 * Sites in the {@value #COLLECTION} collection, one document each, versioned; lists sorted by
 * name (a lower-case key) with optional filters on type, commune and sector.
 */
@Repository
public class SiteRepository {

  public static final String COLLECTION = "sites";

  private final AggregateCollection<Site> sites;

  public SiteRepository(MongoDatabase database, Clock clock) {
    this.sites = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(SiteRepository::toDocument, SiteRepository::fromDocument,
            s -> s.siteId().toString(), Site::version),
        "createdAt", "site", clock);
    sites.createIndexes();
    sites.collection().createIndex(Indexes.ascending("nameKey"));
  }

  public void insert(Site site) {
    sites.insert(site);
  }

  /** Writes a changed description conditional on the version it was read at; the new version. */
  public long saveDescription(Site changed) {
    Document d = toDocument(changed);
    List<Bson> sets = new ArrayList<>();
    for (String field : List.of("name", "nameKey", "operator", "street", "postcode", "commune",
        "coordinates", "sectors", "services")) {
      sets.add(Updates.set(field, d.get(field)));
    }
    return sites.saveChanged(changed, Updates.combine(sets));
  }

  public Optional<Site> findById(UUID siteId) {
    return sites.findById(siteId.toString());
  }

  public boolean isEmpty() {
    return sites.collection().countDocuments() == 0;
  }

  public Page<Site> page(SiteQuery query) {
    List<Bson> filters = new ArrayList<>();
    query.type().ifPresent(t -> filters.add(Filters.eq("type", t.name())));
    query.commune().ifPresent(c -> filters.add(Filters.eq("commune", c.name())));
    query.sector().ifPresent(s -> filters.add(Filters.in("sectors", s.name())));
    Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    long total = sites.collection().countDocuments(filter);
    List<Site> items = sites.collection().find(filter)
        .sort(Sorts.ascending("nameKey", "_id"))
        .skip(query.page().offset()).limit(query.page().size())
        .map(SiteRepository::fromDocument).into(new ArrayList<>());
    return Page.of(items, query.page(), total);
  }

  static Document toDocument(Site s) {
    return new Document("_id", s.siteId().toString())
        .append("name", s.name())
        .append("nameKey", s.name().toLowerCase(Locale.ROOT))
        .append("type", s.type().name())
        .append("operator", s.operator())
        .append("street", s.street())
        .append("postcode", s.postcode())
        .append("commune", s.commune().name())
        .append("coordinates", new Document("latitude", s.coordinates().latitude())
            .append("longitude", s.coordinates().longitude()))
        .append("sectors", s.sectors().stream().map(Enum::name).toList())
        .append("services", s.services())
        .append("createdBy", UnitRepository.officer(s.createdBy()))
        .append("createdAt", Date.from(s.createdAt()))
        .append("version", s.version());
  }

  static Site fromDocument(Document d) {
    Document coordinates = d.get("coordinates", Document.class);
    return new Site(UUID.fromString(d.getString("_id")), d.getString("name"),
        SiteType.valueOf(d.getString("type")), d.getString("operator"), d.getString("street"),
        d.getString("postcode"), Commune.valueOf(d.getString("commune")),
        new Coordinates(coordinates.getDouble("latitude"), coordinates.getDouble("longitude")),
        d.getList("sectors", String.class, List.of()).stream().map(Sector::valueOf).toList(),
        d.getList("services", String.class, List.of()),
        UnitRepository.officer(d.get("createdBy", Document.class)), d.getDate("createdAt").toInstant(),
        d.get("version", Number.class).longValue());
  }

}
