package be.brussels.poles.crm.person;

import be.brussels.poles.crm.person.Person.AgeBand;
import be.brussels.poles.crm.person.Person.CompanyRole;
import be.brussels.poles.crm.person.Person.Gender;
import be.brussels.poles.crm.person.Person.Language;
import be.brussels.poles.crm.person.Person.LegalBasis;
import be.brussels.poles.crm.person.Person.RoleType;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import be.brussels.poles.crm.search.SearchText;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code persons} collection: one document per person with {@code roles} ({@code company},
 * {@code role}, {@code from}, {@code until}) inside, a {@code version} for optimistic locking.
 */
@Component
public class MongoPersonRepository implements People {

  private final MongoCollection<Document> collection;

  public MongoPersonRepository(MongoDatabase database) {
    this.collection = database.getCollection("persons");
    // Serves a company's people on MongoDB; the embedded server scans (persons are few).
    collection.createIndex(Indexes.ascending("roles.company"),
        new IndexOptions().name("roles_company"));
  }

  @Override
  public void insert(Person person) {
    collection.insertOne(toDocument(person));
  }

  @Override
  public Optional<Person> find(String personId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", personId)).first())
        .map(MongoPersonRepository::fromDocument);
  }

  @Override
  public boolean replace(Person person) {
    return collection.replaceOne(Filters.and(Filters.eq("_id", person.personId()),
        Filters.eq("version", person.version() - 1)), toDocument(person)).getModifiedCount() == 1;
  }

  @Override
  public List<Person> ofCompany(EnterpriseNumber company, int offset, int limit) {
    List<Person> found = new ArrayList<>();
    collection.find(Filters.eq("roles.company", company.value()))
        .sort(Sorts.ascending("lastName", "firstName", "_id")).skip(offset).limit(limit)
        .forEach(d -> found.add(fromDocument(d)));
    return found;
  }

  @Override
  public long countOfCompany(EnterpriseNumber company) {
    return collection.countDocuments(Filters.eq("roles.company", company.value()));
  }

  @Override
  public List<Person> search(Agency owner, List<String> words, int offset, int limit) {
    List<Person> found = new ArrayList<>();
    collection.find(byName(owner, words)).sort(Sorts.ascending("lastName", "firstName", "_id"))
        .skip(offset).limit(limit).forEach(d -> found.add(fromDocument(d)));
    return found;
  }

  @Override
  public long count(Agency owner, List<String> words) {
    return collection.countDocuments(byName(owner, words));
  }

  /** Each word a prefix of a name word; quoted, so no input acts as a pattern. */
  private static Bson byName(Agency owner, List<String> words) {
    List<Bson> filters = new ArrayList<>();
    filters.add(Filters.eq("owner", owner.name()));
    for (String word : words) {
      filters.add(Filters.regex("nameWords", "^" + Pattern.quote(word)));
    }
    return Filters.and(filters);
  }

  private static Document toDocument(Person p) {
    return new Document("_id", p.personId()).append("firstName", p.firstName())
        .append("lastName", p.lastName()).append("email", p.email())
        .append("gender", p.gender().name()).append("ageBand", p.ageBand().name())
        .append("jobseeker", p.jobseeker()).append("language", p.language().name())
        .append("legalBasis", p.legalBasis().name())
        .append("consentAt", p.consentAt() == null ? null : Date.from(p.consentAt()))
        .append("owner", p.owner().name()).append("recordedBy", p.recordedBy())
        .append("recordedAt", Date.from(p.recordedAt())).append("version", p.version())
        .append("nameWords", SearchText.words(p.firstName() + " " + p.lastName()))
        .append("roles", p.roles().stream().map(r -> new Document("company", r.company().value())
            .append("role", r.role().name()).append("from", r.from().toString())
            .append("until", r.until() == null ? null : r.until().toString())).toList());
  }

  private static Person fromDocument(Document d) {
    Date consent = d.getDate("consentAt");
    return new Person(d.getString("_id"), d.getString("firstName"), d.getString("lastName"),
        d.getString("email"), Gender.valueOf(d.getString("gender")),
        AgeBand.valueOf(d.getString("ageBand")), d.getBoolean("jobseeker"),
        Language.valueOf(d.getString("language")), LegalBasis.valueOf(d.getString("legalBasis")),
        consent == null ? null : consent.toInstant(), Agency.valueOf(d.getString("owner")),
        d.getString("recordedBy"), d.getDate("recordedAt").toInstant(),
        ((Number) d.get("version")).longValue(),
        d.getList("roles", Document.class, List.of()).stream()
            .map(r -> new CompanyRole(EnterpriseNumber.parse(r.getString("company")),
                RoleType.valueOf(r.getString("role")), LocalDate.parse(r.getString("from")),
                r.getString("until") == null ? null : LocalDate.parse(r.getString("until"))))
            .toList());
  }
}
