package be.brussels.poles.financing.guarantee;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.mongo.AggregateCollection;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Guarantees in the {@value #COLLECTION} collection, the kit's way (outbox inside, versioned). */
@Repository
public class GuaranteeRepository {

  public static final String COLLECTION = "guarantees";

  private final AggregateCollection<Guarantee> guarantees;

  public GuaranteeRepository(MongoDatabase database, Clock clock) {
    this.guarantees = new AggregateCollection<>(database.getCollection(COLLECTION),
        AggregateCollection.Mapping.of(GuaranteeRepository::toDocument,
            GuaranteeRepository::fromDocument, Guarantee::guaranteeId, Guarantee::version),
        "requestedAt", "guarantee", clock);
    guarantees.createIndexes();
  }

  public MongoCollection<Document> collection() {
    return guarantees.collection();
  }

  public void insert(Guarantee g, PendingJourneyEvent event) {
    guarantees.insert(g, event);
  }

  public long saveDecision(Guarantee g, PendingJourneyEvent event) {
    return guarantees.saveChanged(g, Updates.combine(Updates.set("status", g.status().name()),
        Updates.set("decidedBy", g.decidedBy()), Updates.set("motivation", g.motivation())),
        event);
  }

  public Optional<Guarantee> findById(String id) {
    return guarantees.findById(id);
  }

  public Page<Guarantee> page(ListQuery query) {
    return guarantees.page(query);
  }

  /** The sum of the approved guarantees' guaranteed amounts: what counts against the ceiling. */
  public Money outstanding() {
    long cents = 0;
    for (Document d : collection().find(Filters.eq("status", Guarantee.Status.APPROVED.name()))
        .projection(Projections.include("guaranteedMinorUnits"))) {
      cents = Math.addExact(cents, d.get("guaranteedMinorUnits", Number.class).longValue());
    }
    return Money.ofMinorUnits(cents, Money.EUR);
  }

  static Document toDocument(Guarantee g) {
    return new Document("_id", g.guaranteeId())
        .append("enterpriseNumber", g.enterpriseNumber().value())
        .append("bank", g.bank())
        .append("creditMinorUnits", g.creditAmount().minorUnits())
        .append("currency", g.creditAmount().currencyCode())
        .append("coveragePercent", g.coveragePercent().toPlainString())
        .append("split", g.split().name())
        .append("guaranteedMinorUnits", g.guaranteedAmount().minorUnits())
        .append("feeMinorUnits", g.flatFee().minorUnits())
        .append("type", g.type().name())
        .append("recordedBy", g.recordedBy())
        .append("requestedAt", Date.from(g.requestedAt()))
        .append("status", g.status().name())
        .append("decidedBy", g.decidedBy())
        .append("motivation", g.motivation())
        .append("version", g.version());
  }

  static Guarantee fromDocument(Document d) {
    String currency = d.getString("currency");
    return new Guarantee(d.getString("_id"), EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("bank"),
        Money.ofMinorUnits(d.get("creditMinorUnits", Number.class).longValue(), currency),
        new BigDecimal(d.getString("coveragePercent")),
        Guarantee.RiskSplit.valueOf(d.getString("split")),
        Money.ofMinorUnits(d.get("feeMinorUnits", Number.class).longValue(), currency),
        Guarantee.Type.valueOf(d.getString("type")), d.getString("recordedBy"),
        d.getDate("requestedAt").toInstant(), Guarantee.Status.valueOf(d.getString("status")),
        d.getString("decidedBy"), d.getString("motivation"),
        d.get("version", Number.class).longValue());
  }

}
