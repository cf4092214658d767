package be.brussels.poles.crm.merge;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code companyMerges} collection (one audit document per merge), and the journey move: an
 * update of the {@code enterpriseNumber} of the events in the journey's {@code journeyEvents}
 * collection, each moved event tagged {@code movedByMerge} (the merge id) and
 * {@code movedFrom}. MergeIT keeps this in step with the journey's storage.
 */
@Component
public class MongoCompanyMergeRepository implements CompanyMerges {

  private final MongoCollection<Document> merges;
  private final MongoCollection<Document> journey;

  public MongoCompanyMergeRepository(MongoDatabase database) {
    this.merges = database.getCollection("companyMerges");
    this.journey = database.getCollection("journeyEvents");
  }

  @Override
  public void insert(CompanyMerge m) {
    merges.insertOne(new Document("_id", m.mergeId())
        .append("duplicate", m.duplicate().value()).append("duplicateId", m.duplicateId())
        .append("survivor", m.survivor().value()).append("survivorId", m.survivorId())
        .append("reason", m.reason()).append("mergedBy", m.mergedBy())
        .append("mergedAt", Date.from(m.mergedAt())).append("movedEvents", m.movedEvents()));
  }

  @Override
  public Optional<CompanyMerge> find(String mergeId) {
    return Optional.ofNullable(merges.find(Filters.eq("_id", mergeId)).first())
        .map(MongoCompanyMergeRepository::fromDocument);
  }

  @Override
  public Page<CompanyMerge> list(PageQuery page) {
    List<CompanyMerge> items = new ArrayList<>();
    merges.find().sort(Sorts.orderBy(Sorts.descending("mergedAt"), Sorts.ascending("_id")))
        .skip(page.offset()).limit(page.size()).forEach(d -> items.add(fromDocument(d)));
    return Page.of(items, page, merges.countDocuments());
  }

  @Override
  public boolean markUndone(String mergeId, String by, Instant at) {
    return merges.updateOne(Filters.and(Filters.eq("_id", mergeId), Filters.eq("undoneAt", null)),
        Updates.combine(Updates.set("undoneBy", by), Updates.set("undoneAt", Date.from(at))))
        .getModifiedCount() == 1;
  }

  @Override
  public long moveJourney(EnterpriseNumber from, EnterpriseNumber to, String mergeId) {
    return journey.updateMany(Filters.eq("enterpriseNumber", from.value()),
        Updates.combine(Updates.set("enterpriseNumber", to.value()),
            Updates.set("movedByMerge", mergeId), Updates.set("movedFrom", from.value())))
        .getModifiedCount();
  }

  @Override
  public long moveJourneyBack(String mergeId, EnterpriseNumber to) {
    return journey.updateMany(Filters.eq("movedByMerge", mergeId),
        Updates.combine(Updates.set("enterpriseNumber", to.value()),
            Updates.unset("movedByMerge"), Updates.unset("movedFrom")))
        .getModifiedCount();
  }

  private static CompanyMerge fromDocument(Document d) {
    Date undone = d.getDate("undoneAt");
    return new CompanyMerge(d.getString("_id"), EnterpriseNumber.parse(d.getString("duplicate")),
        d.getString("duplicateId"), EnterpriseNumber.parse(d.getString("survivor")),
        d.getString("survivorId"), d.getString("reason"), d.getString("mergedBy"),
        d.getDate("mergedAt").toInstant(), ((Number) d.get("movedEvents")).longValue(),
        d.getString("undoneBy"), undone == null ? null : undone.toInstant());
  }
}
