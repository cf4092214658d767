package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Applications in the {@value #COLLECTION} collection, stored as every pole stores its
 * aggregates ({@link AggregateCollection}: one document each with its outbox, versioned,
 * newest first by {@code submittedAt}). Money is stored as minor units (a long) plus the currency
 * code, never as a floating-point number.
 */
@Repository
public class FinancingApplicationRepository {

  public static final String COLLECTION = "applications";

  private final AggregateCollection<FinancingApplication> applications;

  public FinancingApplicationRepository(MongoDatabase database, Clock clock) {
    this.applications = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(FinancingApplicationRepository::toDocument,
            FinancingApplicationRepository::fromDocument, a -> a.applicationId().toString(),
            FinancingApplication::version),
        "submittedAt", "financing application", clock);
    applications.createIndexes();
  }

  /** The collection, for the outbox relay. */
  public MongoCollection<Document> collection() {
    return applications.collection();
  }

  /** Stores a new application and the event announcing it, atomically. */
  public void insert(FinancingApplication application, PendingJourneyEvent event) {
    applications.insert(application, event);
  }

  /**
   * Writes the changed state of an application read at {@code changed.version()}, with the
   * events the change causes, in one conditional update; returns the new version.
   *
   * @throws ConflictException when someone else changed it since (the stored version moved on)
   * @throws NotFoundException when it does not exist
   */
  public long saveChanged(FinancingApplication changed, PendingJourneyEvent... events) {
    return applications.saveChanged(changed, Updates.set("stage", changed.stage().name()), events);
  }

  public Optional<FinancingApplication> findById(UUID applicationId) {
    return applications.findById(applicationId.toString());
  }

  /** One page, newest first, of every application or one company's. */
  public Page<FinancingApplication> page(ListQuery query) {
    return applications.page(query);
  }

  /** A company's applications, newest first, at most {@code limit}. */
  public List<FinancingApplication> forCompany(EnterpriseNumber number, int limit) {
    return applications.ofCompany(number, limit);
  }

  static Document toDocument(FinancingApplication a) {
    return new Document("_id", a.applicationId().toString())
        .append("enterpriseNumber", a.enterpriseNumber().value())
        .append("companyName", a.companyName())
        .append("companyVerified", a.companyVerified())
        .append("instrument", a.instrument().name())
        .append("requestedAmount", new Document("minorUnits", a.requestedAmount().minorUnits())
            .append("currency", a.requestedAmount().currencyCode()))
        .append("purpose", a.purpose())
        .append("agency", a.agency().name())
        .append("analyst", new Document("name", a.analyst().name())
            .append("email", a.analyst().email()))
        .append("stage", a.stage().name())
        .append("submittedAt", Date.from(a.submittedAt()))
        .append("version", a.version());
  }

  static FinancingApplication fromDocument(Document d) {
    Document amount = d.get("requestedAmount", Document.class);
    Document analyst = d.get("analyst", Document.class);
    return FinancingApplication.restore(
        UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"),
        d.getBoolean("companyVerified", false),
        Instrument.valueOf(d.getString("instrument")),
        Money.ofMinorUnits(amount.get("minorUnits", Number.class).longValue(),
            amount.getString("currency")),
        d.getString("purpose"),
        Agency.valueOf(d.getString("agency")),
        new StaffContact(analyst.getString("name"), analyst.getString("email")),
        ApplicationStage.valueOf(d.getString("stage")),
        d.getDate("submittedAt").toInstant(),
        d.get("version", Number.class).longValue());
  }
}
