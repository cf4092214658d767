package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.mongo.AggregateCollection;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Coworking cheques in the {@value #COLLECTION} collection. A unique index on the enterprise
 * number makes "once per entrepreneur, ever" hold even when two staff issue at the same moment.
 */
@Repository
public class ChequeRepository {

  public static final String COLLECTION = "coworking_cheques";

  private final AggregateCollection<CoworkingCheque> cheques;

  public ChequeRepository(MongoDatabase database, Clock clock) {
    this.cheques = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(ChequeRepository::toDocument,
            ChequeRepository::fromDocument, c -> c.chequeId().toString(),
            CoworkingCheque::version),
        "issuedAt", "coworking cheque", clock);
    cheques.createIndexes();
    cheques.collection().createIndex(Indexes.ascending(AggregateCollection.ENTERPRISE_NUMBER),
        new IndexOptions().unique(true).name("one_cheque_per_entrepreneur"));
  }

  public MongoCollection<Document> collection() {
    return cheques.collection();
  }

  /**
   * Stores a new cheque with its event.
   *
   * @return false when the entrepreneur already has one (the unique index refused it)
   */
  public boolean insert(CoworkingCheque cheque, PendingJourneyEvent event) {
    try {
      cheques.insert(cheque, event);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  public long saveMonths(CoworkingCheque changed, PendingJourneyEvent event) {
    return cheques.saveChanged(changed, Updates.set("months",
        changed.months().stream().map(ChequeRepository::month).toList()), event);
  }

  public Optional<CoworkingCheque> findById(UUID chequeId) {
    return cheques.findById(chequeId.toString());
  }

  public Optional<CoworkingCheque> ofEntrepreneur(EnterpriseNumber company) {
    return cheques.ofCompany(company, 1).stream().findFirst();
  }

  public Page<CoworkingCheque> page(ListQuery query) {
    return cheques.page(query);
  }

  static Document toDocument(CoworkingCheque c) {
    return new Document("_id", c.chequeId().toString())
        .append("enterpriseNumber", c.enterpriseNumber().value())
        .append("companyName", c.companyName())
        .append("siteId", c.siteId().toString())
        .append("siteName", c.siteName())
        .append("firstMonth", c.firstMonth().toString())
        .append("monthlyPrice", new Document("minorUnits", c.monthlyPrice().minorUnits())
            .append("currency", c.monthlyPrice().currencyCode()))
        .append("months", c.months().stream().map(ChequeRepository::month).toList())
        .append("issuedBy", officer(c.issuedBy()))
        .append("issuedAt", Date.from(c.issuedAt()))
        .append("version", c.version());
  }

  static CoworkingCheque fromDocument(Document d) {
    Document price = d.get("monthlyPrice", Document.class);
    return new CoworkingCheque(UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")), d.getString("companyName"),
        UUID.fromString(d.getString("siteId")), d.getString("siteName"),
        YearMonth.parse(d.getString("firstMonth")),
        Money.ofMinorUnits(price.get("minorUnits", Number.class).longValue(),
            price.getString("currency")),
        d.getList("months", Document.class, List.of()).stream().map(ChequeRepository::month)
            .toList(),
        officer(d.get("issuedBy", Document.class)), d.getDate("issuedAt").toInstant(),
        d.get("version", Number.class).longValue());
  }

  private static Document month(ChequeMonth m) {
    return new Document("month", m.month().toString())
        .append("funding", m.funding().name())
        .append("redeemedAt", m.redeemedAt() == null ? null : Date.from(m.redeemedAt()))
        .append("redeemedBy", m.redeemedBy() == null ? null : officer(m.redeemedBy()))
        .append("spaceReference", m.spaceReference());
  }

  private static ChequeMonth month(Document d) {
    Date at = d.getDate("redeemedAt");
    Document by = d.get("redeemedBy", Document.class);
    return new ChequeMonth(YearMonth.parse(d.getString("month")),
        Funding.valueOf(d.getString("funding")), at == null ? null : at.toInstant(),
        by == null ? null : officer(by), d.getString("spaceReference"));
  }

  private static Document officer(Officer o) {
    return new Document("name", o.name()).append("email", o.email());
  }

  private static Officer officer(Document d) {
    return new Officer(d.getString("name"), d.getString("email"));
  }
}
