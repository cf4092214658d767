package be.brussels.poles.crm.precompany;

import be.brussels.poles.crm.company.CompanyName;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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
 * The {@code preCompanies} collection: {@code _id}, {@code projectName},
 * {@code registeredByAgency}, {@code registeredBy}, {@code registeredAt}, {@code version},
 * {@code journey} (events, oldest first), {@code rekeyedTo} and {@code rekeyedAt} once re-keyed.
 */
@Component
public class MongoPreCompanyRepository implements PreCompanies {

  private final MongoCollection<Document> collection;

  public MongoPreCompanyRepository(MongoDatabase database) {
    this.collection = database.getCollection("preCompanies");
  }

  @Override
  public void insert(PreCompany p) {
    collection.insertOne(new Document("_id", p.preCompanyId())
        .append("projectName", p.projectName().value())
        .append("registeredByAgency", p.registeredByAgency().name())
        .append("registeredBy", p.registeredBy())
        .append("registeredAt", Date.from(p.registeredAt()))
        .append("version", p.version())
        .append("journey", p.journey().stream().map(MongoPreCompanyRepository::event).toList()));
  }

  @Override
  public Optional<PreCompany> find(String preCompanyId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", preCompanyId)).first())
        .map(MongoPreCompanyRepository::fromDocument);
  }

  @Override
  public Page<PreCompany> list(PageQuery page) {
    List<PreCompany> items = new ArrayList<>();
    collection.find().projection(Projections.exclude("journey"))
        .sort(Sorts.orderBy(Sorts.descending("registeredAt"), Sorts.ascending("_id")))
        .skip(page.offset()).limit(page.size())
        .forEach(d -> items.add(fromDocument(d)));
    return Page.of(items, page, collection.countDocuments());
  }

  @Override
  public boolean append(String preCompanyId, PreCompany.Event event) {
    return collection.updateOne(Filters.eq("_id", preCompanyId),
        Updates.push("journey", event(event))).getMatchedCount() == 1;
  }

  @Override
  public boolean markRekeyed(String preCompanyId, long expectedVersion, EnterpriseNumber number,
      Instant at) {
    return collection.updateOne(Filters.and(Filters.eq("_id", preCompanyId),
            Filters.eq("version", expectedVersion), Filters.eq("rekeyedTo", null)),
        Updates.combine(Updates.set("rekeyedTo", number.value()),
            Updates.set("rekeyedAt", Date.from(at)), Updates.inc("version", 1L)))
        .getModifiedCount() == 1;
  }

  private static Document event(PreCompany.Event e) {
    return new Document("eventId", e.eventId()).append("agency", e.agency().name())
        .append("type", e.type()).append("occurredAt", Date.from(e.occurredAt()))
        .append("headline", e.headline()).append("contactName", e.contactName())
        .append("contactEmail", e.contactEmail())
        .append("confidentiality", e.confidentiality().name()).append("detail", e.detail());
  }

  private static PreCompany fromDocument(Document d) {
    String rekeyedTo = d.getString("rekeyedTo");
    Date rekeyedAt = d.getDate("rekeyedAt");
    return new PreCompany(d.getString("_id"),
        CompanyName.parse(d.getString("projectName"), "projectName"),
        Agency.valueOf(d.getString("registeredByAgency")), d.getString("registeredBy"),
        d.getDate("registeredAt").toInstant(), ((Number) d.get("version")).longValue(),
        d.getList("journey", Document.class, List.of()).stream()
            .map(e -> new PreCompany.Event(e.getString("eventId"),
                Agency.valueOf(e.getString("agency")), e.getString("type"),
                e.getDate("occurredAt").toInstant(), e.getString("headline"),
                e.getString("contactName"), e.getString("contactEmail"),
                Confidentiality.valueOf(e.getString("confidentiality")), e.getString("detail")))
            .toList(),
        rekeyedTo == null ? null : EnterpriseNumber.parse(rekeyedTo),
        rekeyedAt == null ? null : rekeyedAt.toInstant());
  }
}
