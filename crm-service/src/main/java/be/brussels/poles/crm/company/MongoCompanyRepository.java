package be.brussels.poles.crm.company;

import be.brussels.poles.crm.company.KboIdentity.Activity;
import be.brussels.poles.crm.company.KboIdentity.Denomination;
import be.brussels.poles.crm.company.KboIdentity.Establishment;
import be.brussels.poles.crm.company.KboIdentity.LabelsByLanguage;
import be.brussels.poles.crm.company.KboIdentity.Provenance;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code companies} collection: {@code _id} (company id), {@code enterpriseNumber} (canonical
 * ten digits, unique index), {@code name}, {@code registeredAt}, {@code registeredBy},
 * {@code version}, {@code kbo} (the KBO identity with its provenance, absent until imported),
 * {@code profile} ({@code sizeClass}, {@code sector}, {@code cluster}, {@code flags}).
 */
@Component
public class MongoCompanyRepository implements Companies {

  static final String COLLECTION = "companies";
  private static final int DUPLICATE_KEY = 11000;

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
  public Map<EnterpriseNumber, Company> findByEnterpriseNumbers(
      Collection<EnterpriseNumber> numbers) {
    Map<EnterpriseNumber, Company> found = new HashMap<>();
    if (numbers.isEmpty()) {
      return found;
    }
    // $in on the unique index: both servers answer it from the index.
    collection.find(Filters.in("enterpriseNumber",
            numbers.stream().map(EnterpriseNumber::value).toList()))
        .forEach(d -> {
          Company company = fromDocument(d);
          found.put(company.enterpriseNumber(), company);
        });
    return found;
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

  @Override
  public int insertAllIfAbsent(List<Company> companies) {
    if (companies.isEmpty()) {
      return 0;
    }
    List<Document> documents = new ArrayList<>(companies.size());
    companies.forEach(c -> documents.add(toDocument(c)));
    try {
      collection.insertMany(documents, new InsertManyOptions().ordered(false));
      return documents.size();
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
      return documents.size() - duplicates;
    }
  }

  @Override
  public int updateKbo(List<Company> companies) {
    if (companies.isEmpty()) {
      return 0;
    }
    List<WriteModel<Document>> updates = new ArrayList<>(companies.size());
    for (Company c : companies) {
      updates.add(new UpdateOneModel<>(
          Filters.and(Filters.eq("_id", c.companyId()), Filters.eq("version", c.version())),
          Updates.combine(Updates.set("name", c.name().value()),
              Updates.set("kbo", kboDocument(c.kbo())),
              Updates.set("profile", profileDocument(c.profile())),
              Updates.inc("version", 1L))));
    }
    return collection.bulkWrite(updates, new BulkWriteOptions().ordered(false)).getModifiedCount();
  }

  @Override
  public boolean updateProfile(String companyId, long expectedVersion, CompanyProfile profile) {
    return collection.updateOne(
        Filters.and(Filters.eq("_id", companyId), Filters.eq("version", expectedVersion)),
        Updates.combine(Updates.set("profile", profileDocument(profile)),
            Updates.inc("version", 1L))).getModifiedCount() == 1;
  }

  @Override
  public boolean setMergedInto(String companyId, long expectedVersion,
      EnterpriseNumber survivor) {
    return collection.updateOne(
        Filters.and(Filters.eq("_id", companyId), Filters.eq("version", expectedVersion)),
        Updates.combine(survivor == null ? Updates.unset("mergedInto")
                : Updates.set("mergedInto", survivor.value()),
            Updates.inc("version", 1L))).getModifiedCount() == 1;
  }

  @Override
  public boolean touch(String companyId, long expectedVersion) {
    return collection.updateOne(
        Filters.and(Filters.eq("_id", companyId), Filters.eq("version", expectedVersion)),
        Updates.inc("version", 1L)).getModifiedCount() == 1;
  }

  @Override
  public boolean isEmpty() {
    return collection.find().limit(1).first() == null;
  }

  @Override
  public void forEach(Consumer<Company> action) {
    collection.find().batchSize(5000).forEach(d -> action.accept(fromDocument(d)));
  }

  private static Document toDocument(Company company) {
    Document d = new Document("_id", company.companyId())
        .append("enterpriseNumber", company.enterpriseNumber().value())
        .append("name", company.name().value())
        .append("registeredAt", Date.from(company.registeredAt()))
        .append("registeredBy", company.registeredBy())
        .append("version", company.version())
        .append("profile", profileDocument(company.profile()));
    if (company.kbo() != null) {
      d.append("kbo", kboDocument(company.kbo()));
    }
    if (company.mergedInto() != null) {
      d.append("mergedInto", company.mergedInto().value());
    }
    return d;
  }

  private static Company fromDocument(Document d) {
    Document kbo = d.get("kbo", Document.class);
    Document profile = d.get("profile", Document.class);
    return new Company(d.getString("_id"), EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        CompanyName.stored(d.getString("name")), d.getDate("registeredAt").toInstant(),
        d.getString("registeredBy"), ((Number) d.get("version")).longValue(),
        kbo == null ? null : kboFrom(kbo),
        profile == null ? CompanyProfile.EMPTY : profileFrom(profile),
        d.getString("mergedInto") == null ? null : EnterpriseNumber.parse(d.getString("mergedInto")));
  }

  private static Document profileDocument(CompanyProfile p) {
    return new Document("sizeClass", p.sizeClass() == null ? null : p.sizeClass().name())
        .append("sector", p.sector())
        .append("cluster", p.cluster())
        .append("flags", p.flags().stream().map(Enum::name).sorted().toList());
  }

  private static CompanyProfile profileFrom(Document d) {
    String size = d.getString("sizeClass");
    Set<CompanyFlag> flags = EnumSet.noneOf(CompanyFlag.class);
    d.getList("flags", String.class, List.of()).forEach(f -> flags.add(CompanyFlag.valueOf(f)));
    return new CompanyProfile(size == null ? null : SizeClass.valueOf(size),
        d.getString("sector"), d.getString("cluster"), flags);
  }

  private static Document kboDocument(KboIdentity k) {
    return new Document("status", k.status())
        .append("juridicalSituation", k.juridicalSituation())
        .append("typeOfEnterprise", k.typeOfEnterprise())
        .append("juridicalForm", k.juridicalForm())
        .append("juridicalFormLabel", new Document(k.juridicalFormLabel().labels()))
        .append("startDate", k.startDate() == null ? null : k.startDate().toString())
        .append("denominations", k.denominations().stream()
            .map(n -> new Document("language", n.language()).append("type", n.type())
                .append("value", n.value())).toList())
        .append("registeredAddress", k.registeredAddress() == null ? null
            : addressDocument(k.registeredAddress()))
        .append("activities", k.activities().stream()
            .map(a -> new Document("group", a.activityGroup()).append("version", a.naceVersion())
                .append("code", a.naceCode()).append("classification", a.classification()))
            .toList())
        .append("establishments", k.establishments().stream()
            .map(e -> new Document("number", e.number())
                .append("startDate", e.startDate() == null ? null : e.startDate().toString())
                .append("address", e.address() == null ? null : addressDocument(e.address())))
            .toList())
        .append("source", new Document("importId", k.source().importId())
            .append("fileName", k.source().fileName())
            .append("importedAt", Date.from(k.source().importedAt())));
  }

  private static KboIdentity kboFrom(Document d) {
    Document labels = d.get("juridicalFormLabel", Document.class);
    Map<String, String> byLanguage = new HashMap<>();
    if (labels != null) {
      labels.forEach((k, v) -> byLanguage.put(k, (String) v));
    }
    Document source = d.get("source", Document.class);
    Document address = d.get("registeredAddress", Document.class);
    return new KboIdentity(d.getString("status"), d.getString("juridicalSituation"),
        d.getString("typeOfEnterprise"), d.getString("juridicalForm"),
        new LabelsByLanguage(byLanguage), date(d.getString("startDate")),
        d.getList("denominations", Document.class, List.of()).stream()
            .map(n -> new Denomination(n.getString("language"), n.getString("type"),
                n.getString("value"))).toList(),
        address == null ? null : addressFrom(address),
        d.getList("activities", Document.class, List.of()).stream()
            .map(a -> new Activity(a.getString("group"), a.getString("version"),
                a.getString("code"), a.getString("classification"))).toList(),
        d.getList("establishments", Document.class, List.of()).stream()
            .map(e -> new Establishment(e.getString("number"), date(e.getString("startDate")),
                e.get("address") == null ? null : addressFrom(e.get("address", Document.class))))
            .toList(),
        new Provenance(source.getString("importId"), source.getString("fileName"),
            source.getDate("importedAt").toInstant()));
  }

  private static Document addressDocument(Address a) {
    return new Document("zipcode", a.zipcode())
        .append("municipalityFr", a.municipalityFr()).append("municipalityNl", a.municipalityNl())
        .append("streetFr", a.streetFr()).append("streetNl", a.streetNl())
        .append("houseNumber", a.houseNumber()).append("box", a.box());
  }

  private static Address addressFrom(Document d) {
    return new Address(d.getString("zipcode"), d.getString("municipalityFr"),
        d.getString("municipalityNl"), d.getString("streetFr"), d.getString("streetNl"),
        d.getString("houseNumber"), d.getString("box"));
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
