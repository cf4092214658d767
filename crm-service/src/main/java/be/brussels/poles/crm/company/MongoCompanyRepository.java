package be.brussels.poles.crm.company;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code companies} collection: {@code _id} (company id), {@code enterpriseNumber} (canonical
 * ten digits, unique index), {@code name}, {@code registeredAt}, {@code registeredBy},
 * {@code version}.
 */
@Component
public class MongoCompanyRepository implements Companies {

  static final String COLLECTION = "companies";

  private final MongoCollection<Document> collection;

  public MongoCompanyRepository(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
    // Created at start-up (idempotent): the unique index is what makes registration safe
    // under concurrency, so the service must not run without it.
    collection.createIndex(Indexes.ascending("enterpriseNumber"),
        new IndexOptions().unique(true).name("enterpriseNumber_unique"));
  }

  @Override
  public Optional<Company> findByEnterpriseNumber(EnterpriseNumber number) {
    return Optional.ofNullable(collection.find(Filters.eq("enterpriseNumber", number.value())).first())
        .map(MongoCompanyRepository::fromDocument);
  }

  @Override
  public boolean insertIfAbsent(Company company) {
    try {
      collection.insertOne(toDocument(company));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  private static Document toDocument(Company company) {
    return new Document("_id", company.companyId())
        .append("enterpriseNumber", company.enterpriseNumber().value())
        .append("name", company.name().value())
        .append("registeredAt", Date.from(company.registeredAt()))
        .append("registeredBy", company.registeredBy())
        .append("version", company.version());
  }

  private static Company fromDocument(Document d) {
    return new Company(d.getString("_id"), EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        CompanyName.stored(d.getString("name")), d.getDate("registeredAt").toInstant(),
        d.getString("registeredBy"), ((Number) d.get("version")).longValue());
  }
}
