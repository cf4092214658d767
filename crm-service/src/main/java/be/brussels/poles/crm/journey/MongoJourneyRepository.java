package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.journey.JourneyEvent.Contact;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code journeyEvents} collection: {@code _id} = event id (so the primary key enforces
 * idempotency), {@code enterpriseNumber}, {@code sourceAgency}, {@code type}, {@code occurredAt},
 * {@code receivedAt}, {@code headline}, {@code contact {name, email}}, {@code confidentiality},
 * {@code detail}, {@code sourceReference}.
 */
@Component
public class MongoJourneyRepository implements JourneyStore {

  static final String COLLECTION = "journeyEvents";
  private static final int DUPLICATE_KEY = 11000;

  private final MongoCollection<Document> collection;

  public MongoJourneyRepository(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
    // {enterpriseNumber, occurredAt desc} serves the timeline query; the trailing _id makes the
    // index cover the tie-break of the sort as well, so MongoDB never sorts a long journey in
    // memory.
    collection.createIndex(
        Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
            Indexes.descending("occurredAt"), Indexes.ascending("_id")),
        new IndexOptions().name("enterpriseNumber_occurredAt_eventId"));
    // "who else works with this company": the latest event of each agency, one index seek each
    collection.createIndex(
        Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
            Indexes.ascending("sourceAgency"), Indexes.descending("occurredAt")),
        new IndexOptions().name("enterpriseNumber_sourceAgency_occurredAt"));
  }

  /**
   * One unordered insertMany: every event is attempted even when some are duplicates. The
   * outcome is derived from the write errors only (duplicate key = already stored). The
   * reported inserted count is not used: mongo-java-server 1.47 reports the batch size there
   * even when some documents failed, MongoDB reports only the inserted ones.
   */
  @Override
  public AppendResult append(List<JourneyEvent> events, Instant receivedAt) {
    List<Document> documents = new ArrayList<>(events.size());
    Date received = Date.from(receivedAt);
    for (JourneyEvent event : events) {
      documents.add(toDocument(event, received));
    }
    try {
      collection.insertMany(documents, new InsertManyOptions().ordered(false));
      return new AppendResult(documents.size(), 0);
    } catch (MongoBulkWriteException e) {
      if (e.getWriteConcernError() != null) {
        throw e;
      }
      int duplicates = 0;
      for (BulkWriteError error : e.getWriteErrors()) {
        if (error.getCode() != DUPLICATE_KEY) {
          throw e;
        }
        duplicates++;
      }
      return new AppendResult(documents.size() - duplicates, duplicates);
    }
  }

  @Override
  public long count(EnterpriseNumber company, JourneyFilter filter) {
    return collection.countDocuments(filterOf(company, filter));
  }

  @Override
  public List<JourneyEvent> find(EnterpriseNumber company, JourneyFilter filter, long offset,
      int limit) {
    if (offset > Integer.MAX_VALUE) {
      return List.of();
    }
    List<JourneyEvent> events = new ArrayList<>(limit);
    Bson order = filter.newestFirst() ? Sorts.descending("occurredAt")
        : Sorts.ascending("occurredAt");
    collection.find(filterOf(company, filter))
        .sort(Sorts.orderBy(order, Sorts.ascending("_id")))
        .skip((int) offset)
        .limit(limit)
        .forEach(d -> events.add(fromDocument(d)));
    return events;
  }

  @Override
  public List<JourneyEvent> latestPerAgency(EnterpriseNumber company) {
    List<JourneyEvent> latest = new ArrayList<>();
    for (Agency agency : Agency.values()) {
      Document d = collection.find(Filters.and(Filters.eq("enterpriseNumber", company.value()),
              Filters.eq("sourceAgency", agency.name())))
          .sort(Sorts.descending("occurredAt")).limit(1).first();
      if (d != null) {
        latest.add(fromDocument(d));
      }
    }
    latest.sort(Comparator.comparing(JourneyEvent::occurredAt).reversed());
    return latest;
  }

  @Override
  public List<SupportRow> supportRows(Instant from, Instant until) {
    List<SupportRow> rows = new ArrayList<>();
    // the CRM's own events (referral steps, team changes, KBO alerts) are no pole support
    collection.aggregate(List.of(
        Aggregates.match(Filters.and(Filters.gte("occurredAt", Date.from(from)),
            Filters.lt("occurredAt", Date.from(until)),
            Filters.not(Filters.regex("type", "^crm\\.")))),
        Aggregates.group(new Document("agency", "$sourceAgency").append("type", "$type")
            .append("company", "$enterpriseNumber"))))
        .forEach(d -> {
          Document id = d.get("_id", Document.class);
          rows.add(new SupportRow(Agency.valueOf(id.getString("agency")), id.getString("type"),
              id.getString("company")));
        });
    return rows;
  }

  @Override
  public Set<String> companiesWithType(String type) {
    return collection.distinct("enterpriseNumber", Filters.eq("type", type), String.class)
        .into(new HashSet<>());
  }

  private static Bson filterOf(EnterpriseNumber company, JourneyFilter filter) {
    List<Bson> filters = new ArrayList<>();
    filters.add(Filters.eq("enterpriseNumber", company.value()));
    if (!filter.agencies().isEmpty()) {
      filters.add(Filters.in("sourceAgency",
          filter.agencies().stream().map(Agency::name).toList()));
    }
    // a prefix on whole words: "financing" or "financing.application", never "financ"; the
    // adapters let only [a-z_.] through, so escaping the dots is all the escaping needed
    filter.typePrefix().ifPresent(prefix -> filters.add(Filters.or(Filters.eq("type", prefix),
        Filters.regex("type", "^" + (prefix + ".").replace(".", "\\.")))));
    filter.from().ifPresent(from -> filters.add(Filters.gte("occurredAt", Date.from(from))));
    filter.until().ifPresent(until -> filters.add(Filters.lt("occurredAt", Date.from(until))));
    filter.confidentiality().ifPresent(level ->
        filters.add(Filters.eq("confidentiality", level.name())));
    return Filters.and(filters);
  }

  private static Document toDocument(JourneyEvent e, Date receivedAt) {
    return new Document("_id", e.eventId())
        .append("enterpriseNumber", e.enterpriseNumber().value())
        .append("sourceAgency", e.sourceAgency().name())
        .append("type", e.type())
        .append("occurredAt", Date.from(e.occurredAt()))
        .append("receivedAt", receivedAt)
        .append("headline", e.headline())
        .append("contact", new Document("name", e.contact().name())
            .append("email", e.contact().email()))
        .append("confidentiality", e.confidentiality().name())
        .append("detail", e.detail())
        .append("sourceReference", e.sourceReference());
  }

  private static JourneyEvent fromDocument(Document d) {
    Document contact = d.get("contact", Document.class);
    return new JourneyEvent(d.getString("_id"),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        Agency.valueOf(d.getString("sourceAgency")),
        d.getString("type"),
        d.getDate("occurredAt").toInstant(),
        d.getString("headline"),
        contact == null ? new Contact("", "")
            : new Contact(contact.getString("name"), contact.getString("email")),
        Confidentiality.valueOf(d.getString("confidentiality")),
        d.getString("detail"),
        d.getString("sourceReference"));
  }
}
