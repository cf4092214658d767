package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.journey.JourneyEvent.Contact;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
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
  public long count(EnterpriseNumber company) {
    return collection.countDocuments(Filters.eq("enterpriseNumber", company.value()));
  }

  @Override
  public List<JourneyEvent> newestFirst(EnterpriseNumber company, long offset, int limit) {
    if (offset > Integer.MAX_VALUE) {
      return List.of();
    }
    List<JourneyEvent> events = new ArrayList<>(limit);
    collection.find(Filters.eq("enterpriseNumber", company.value()))
        .sort(Sorts.orderBy(Sorts.descending("occurredAt"), Sorts.ascending("_id")))
        .skip((int) offset)
        .limit(limit)
        .forEach(d -> events.add(fromDocument(d)));
    return events;
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
