package be.brussels.poles.crm.grant;

import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code sharingGrants} collection: {@code _id} (grant id), {@code from}, {@code to},
 * {@code purpose}, {@code legalBasis}, {@code categories}, {@code validFrom}, {@code validUntil}
 * (absent: open-ended), {@code enterpriseNumber} (absent: every company), {@code createdBy},
 * {@code createdAt}, {@code revokedAt}, {@code revokedBy}, {@code version}.
 */
@Component
public class MongoSharingGrantRepository implements SharingGrantStore {

  static final String COLLECTION = "sharingGrants";

  private final MongoCollection<Document> collection;

  public MongoSharingGrantRepository(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
    // evaluated on every read of protected data: the reader's agency first
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("to"),
        Indexes.ascending("validFrom")), new IndexOptions().name("to_validFrom"));
  }

  @Override
  public void insert(SharingGrant grant) {
    collection.insertOne(toDocument(grant));
  }

  @Override
  public Optional<SharingGrant> findById(String grantId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", grantId)).first())
        .map(MongoSharingGrantRepository::fromDocument);
  }

  @Override
  public boolean revoke(String grantId, long expectedVersion, String by, Instant at) {
    return collection.updateOne(
        Filters.and(Filters.eq("_id", grantId), Filters.eq("version", expectedVersion)),
        Updates.combine(Updates.set("revokedAt", Date.from(at)), Updates.set("revokedBy", by),
            Updates.inc("version", 1L))).getMatchedCount() == 1;
  }

  @Override
  public List<SharingGrant> activeTo(Agency to, EnterpriseNumber company, Instant at) {
    Date now = Date.from(at);
    Bson filter = Filters.and(Filters.eq("to", to.name()), Filters.lte("validFrom", now),
        Filters.exists("revokedAt", false),
        Filters.or(Filters.exists("validUntil", false), Filters.gt("validUntil", now)),
        Filters.or(Filters.exists("enterpriseNumber", false),
            Filters.eq("enterpriseNumber", company.value())));
    return collection.find(filter).map(MongoSharingGrantRepository::fromDocument)
        .into(new ArrayList<>());
  }

  @Override
  public Page<SharingGrant> page(Optional<Agency> involving, PageQuery page) {
    Bson filter = involving.map(a -> Filters.or(Filters.eq("from", a.name()),
        Filters.eq("to", a.name()))).orElseGet(Filters::empty);
    long total = collection.countDocuments(filter);
    List<SharingGrant> items = collection.find(filter)
        .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
        .skip(page.offset()).limit(page.size()).map(MongoSharingGrantRepository::fromDocument)
        .into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  private static Document toDocument(SharingGrant g) {
    Document d = new Document("_id", g.grantId())
        .append("from", g.from().name())
        .append("to", g.to().name())
        .append("purpose", g.purpose())
        .append("legalBasis", g.legalBasis())
        .append("categories", g.categories().stream().map(Enum::name).sorted().toList())
        .append("validFrom", Date.from(g.validFrom()));
    g.validUntil().ifPresent(u -> d.append("validUntil", Date.from(u)));
    g.company().ifPresent(c -> d.append("enterpriseNumber", c.value()));
    d.append("createdBy", g.createdBy()).append("createdAt", Date.from(g.createdAt()));
    g.revokedAt().ifPresent(r -> d.append("revokedAt", Date.from(r))
        .append("revokedBy", g.revokedBy()));
    return d.append("version", g.version());
  }

  private static SharingGrant fromDocument(Document d) {
    EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    d.getList("categories", String.class).forEach(c -> categories.add(DataCategory.valueOf(c)));
    return new SharingGrant(d.getString("_id"), Agency.valueOf(d.getString("from")),
        Agency.valueOf(d.getString("to")), d.getString("purpose"), d.getString("legalBasis"),
        categories, d.getDate("validFrom").toInstant(),
        Optional.ofNullable(d.getDate("validUntil")).map(Date::toInstant),
        Optional.ofNullable(d.getString("enterpriseNumber")).map(EnterpriseNumber::parse),
        d.getString("createdBy"), d.getDate("createdAt").toInstant(),
        Optional.ofNullable(d.getDate("revokedAt")).map(Date::toInstant),
        d.getString("revokedBy"), ((Number) d.get("version")).longValue());
  }
}
