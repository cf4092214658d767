package be.brussels.poles.housing.cohort;

import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.outbox.Outbox;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Incubation cohorts in the {@value #COLLECTION} collection, one document each, versioned. */
@Repository
public class CohortRepository {

  public static final String COLLECTION = "cohorts";

  private final AggregateCollection<Cohort> cohorts;

  public CohortRepository(MongoDatabase database, Clock clock) {
    this.cohorts = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(CohortRepository::toDocument,
            CohortRepository::fromDocument, c -> c.cohortId().toString(), Cohort::version),
        "createdAt", "cohort", clock);
    cohorts.createIndexes();
    cohorts.collection().createIndex(Indexes.ascending("siteId", "intakeDate"));
    cohorts.collection().createIndex(Indexes.ascending("admissions.enterpriseNumber"));
  }

  public MongoCollection<Document> collection() {
    return cohorts.collection();
  }

  public void insert(Cohort cohort) {
    cohorts.insert(cohort);
  }

  public long saveAdmissions(Cohort changed, PendingJourneyEvent event) {
    return cohorts.saveChanged(changed, Updates.set("admissions",
        changed.admissions().stream().map(CohortRepository::admission).toList()), event);
  }

  public Optional<Cohort> findById(UUID cohortId) {
    return cohorts.findById(cohortId.toString());
  }

  /** Newest intake first, of one site or all, or only those a company was admitted to. */
  public Page<Cohort> page(Optional<UUID> siteId, Optional<EnterpriseNumber> company,
      PageQuery page) {
    List<Bson> filters = new ArrayList<>();
    siteId.ifPresent(id -> filters.add(Filters.eq("siteId", id.toString())));
    company.ifPresent(n -> filters.add(Filters.eq("admissions.enterpriseNumber", n.value())));
    Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    long total = cohorts.collection().countDocuments(filter);
    List<Cohort> items = cohorts.collection().find(filter)
        .projection(Projections.exclude(Outbox.EVENTS, Outbox.DUE_AT, Outbox.ATTEMPTS,
            Outbox.REJECTED))
        .sort(Sorts.orderBy(Sorts.descending("intakeDate"), Sorts.ascending("_id")))
        .skip(page.offset()).limit(page.size()).map(CohortRepository::fromDocument)
        .into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  static Document toDocument(Cohort c) {
    return new Document("_id", c.cohortId().toString())
        .append("siteId", c.siteId().toString())
        .append("siteName", c.siteName())
        .append("name", c.name())
        .append("intakeDate", c.intakeDate().toString())
        .append("capacity", c.capacity())
        .append("admissions", c.admissions().stream().map(CohortRepository::admission).toList())
        .append("createdBy", officer(c.createdBy()))
        .append("createdAt", Date.from(c.createdAt()))
        .append("version", c.version());
  }

  static Cohort fromDocument(Document d) {
    return new Cohort(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("siteId")),
        d.getString("siteName"), d.getString("name"), LocalDate.parse(d.getString("intakeDate")),
        d.getInteger("capacity"),
        d.getList("admissions", Document.class, List.of()).stream()
            .map(CohortRepository::admission).toList(),
        officer(d.get("createdBy", Document.class)), d.getDate("createdAt").toInstant(),
        d.get("version", Number.class).longValue());
  }

  private static Document admission(Cohort.Admission a) {
    return new Document("enterpriseNumber", a.enterpriseNumber().value())
        .append("companyName", a.companyName())
        .append("admittedBy", officer(a.admittedBy()))
        .append("admittedAt", Date.from(a.admittedAt()));
  }

  private static Cohort.Admission admission(Document d) {
    return new Cohort.Admission(EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"), officer(d.get("admittedBy", Document.class)),
        d.getDate("admittedAt").toInstant());
  }

  private static Document officer(Officer o) {
    return new Document("name", o.name()).append("email", o.email());
  }

  private static Officer officer(Document d) {
    return new Officer(d.getString("name"), d.getString("email"));
  }
}
