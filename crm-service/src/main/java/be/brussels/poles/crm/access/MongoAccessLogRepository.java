package be.brussels.poles.crm.access;

import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code accessLog} collection, insert-only: {@code _id} (entry id), {@code at}, {@code actor},
 * {@code actorUsername}, {@code actorAgency} (absent for machines), {@code clientId}, {@code path},
 * {@code resourceType}, {@code resourceId}, {@code enterpriseNumber}, {@code owner},
 * {@code category}, {@code basis {kind, reference, purpose, legalBasis}}, {@code traceId}. This
 * class has no update or delete on purpose.
 */
@Component
public class MongoAccessLogRepository implements AccessLogStore {

  static final String COLLECTION = "accessLog";

  private final MongoCollection<Document> collection;

  public MongoAccessLogRepository(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
    // the auditor's usual questions: everything lately, one company, one person's reads
    collection.createIndex(Indexes.descending("at"), new IndexOptions().name("at"));
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
        Indexes.descending("at")), new IndexOptions().name("enterpriseNumber_at"));
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("actorUsername"),
        Indexes.descending("at")), new IndexOptions().name("actorUsername_at"));
  }

  @Override
  public void append(List<AccessLogEntry> entries) {
    List<Document> documents = entries.stream().map(MongoAccessLogRepository::toDocument).toList();
    collection.insertMany(documents, new InsertManyOptions().ordered(true));
  }

  @Override
  public Page<AccessLogEntry> find(AccessLogQuery query, PageQuery page) {
    List<Bson> filters = new ArrayList<>();
    query.actorUsername().ifPresent(u -> filters.add(Filters.eq("actorUsername", u)));
    query.actorAgency().ifPresent(a -> filters.add(Filters.eq("actorAgency", a.name())));
    query.company().ifPresent(n -> filters.add(Filters.eq("enterpriseNumber", n.value())));
    query.resourceType().ifPresent(t -> filters.add(Filters.eq("resourceType", t)));
    query.category().ifPresent(c -> filters.add(Filters.eq("category", c.name())));
    query.from().ifPresent(f -> filters.add(Filters.gte("at", Date.from(f))));
    query.until().ifPresent(u -> filters.add(Filters.lt("at", Date.from(u))));
    Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    Bson sort = query.newestFirst()
        ? Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id"))
        : Sorts.orderBy(Sorts.ascending("at"), Sorts.ascending("_id"));
    long total = collection.countDocuments(filter);
    List<AccessLogEntry> items = collection.find(filter).sort(sort).skip(page.offset())
        .limit(page.size()).map(MongoAccessLogRepository::fromDocument).into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  private static Document toDocument(AccessLogEntry e) {
    Document d = new Document("_id", e.entryId())
        .append("at", Date.from(e.at()))
        .append("actor", e.actor())
        .append("actorUsername", e.actorUsername());
    e.actorAgency().ifPresent(a -> d.append("actorAgency", a.name()));
    return d.append("clientId", e.clientId())
        .append("path", e.path().name())
        .append("resourceType", e.resourceType())
        .append("resourceId", e.resourceId())
        .append("enterpriseNumber", e.enterpriseNumber())
        .append("owner", e.owner().name())
        .append("category", e.category().name())
        .append("basis", new Document("kind", e.basis().kind().name())
            .append("reference", e.basis().reference())
            .append("purpose", e.basis().purpose())
            .append("legalBasis", e.basis().legalBasis()))
        .append("traceId", e.traceId());
  }

  private static AccessLogEntry fromDocument(Document d) {
    Document basis = d.get("basis", Document.class);
    return new AccessLogEntry(d.getString("_id"), d.getDate("at").toInstant(),
        d.getString("actor"), d.getString("actorUsername"),
        Optional.ofNullable(d.getString("actorAgency")).map(Agency::valueOf),
        d.getString("clientId"), ReadPath.valueOf(d.getString("path")),
        d.getString("resourceType"), d.getString("resourceId"), d.getString("enterpriseNumber"),
        Agency.valueOf(d.getString("owner")), DataCategory.valueOf(d.getString("category")),
        new AccessBasis(AccessBasis.Kind.valueOf(basis.getString("kind")),
            basis.getString("reference"), basis.getString("purpose"),
            basis.getString("legalBasis")),
        d.getString("traceId"));
  }
}
