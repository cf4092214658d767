package be.brussels.poles.financing.application;

import be.brussels.poles.financing.loan.LoanTerms;
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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import be.brussels.poles.kit.outbox.Outbox;
import java.util.ArrayList;
import java.time.Clock;
import be.brussels.poles.financing.catalogue.CoFinancierKind;
import be.brussels.poles.financing.catalogue.UseOfFunds;
import be.brussels.poles.financing.loan.LoanAccount;
import be.brussels.poles.financing.loan.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
   * Writes the changed workflow state of an application read at {@code changed.version()}, with
   * the events the change causes, in one conditional update; returns the new version.
   *
   * @throws ConflictException when someone else changed it since (the stored version moved on)
   * @throws NotFoundException when it does not exist
   */
  public long saveChanged(FinancingApplication changed, PendingJourneyEvent... events) {
    Document d = toDocument(changed);
    return applications.saveChanged(changed, Updates.combine(
        Updates.set("stage", d.get("stage")),
        Updates.set("analyst", d.get("analyst")),
        Updates.set("analysis", d.get("analysis")),
        Updates.set("decision", d.get("decision")),
        Updates.set("holdReason", d.get("holdReason")),
        Updates.set("loan", d.get("loan")),
        Updates.set("history", d.get("history"))), events);
  }

  public Optional<FinancingApplication> findById(UUID applicationId) {
    return applications.findById(applicationId.toString());
  }

  /** One page, newest first, of every application or one company's. */
  public Page<FinancingApplication> page(ListQuery query) {
    return applications.page(query);
  }

  /** One page of the applications at any of {@code stages}, in id order (reviews, portfolio). */
  public List<FinancingApplication> inStages(Set<ApplicationStage> stages, int skip, int limit) {
    return applications.collection()
        .find(Filters.in("stage", stages.stream().map(Enum::name).toList()))
        .projection(Projections.exclude(Outbox.EVENTS, Outbox.DUE_AT, Outbox.ATTEMPTS,
            Outbox.REJECTED))
        .sort(Sorts.ascending("_id")).skip(skip).limit(limit)
        .map(FinancingApplicationRepository::fromDocument).into(new ArrayList<>());
  }

  /** A company's applications, newest first, at most {@code limit}. */
  public List<FinancingApplication> forCompany(EnterpriseNumber number, int limit) {
    return applications.ofCompany(number, limit);
  }

  static Document toDocument(FinancingApplication a) {
    Submission sub = a.submission();
    return new Document("_id", a.applicationId().toString())
        .append("enterpriseNumber", a.enterpriseNumber().value())
        .append("companyName", a.companyName())
        .append("companyVerified", a.companyVerified())
        .append("instrument", a.instrument().name())
        .append("productCode", sub.productCode())
        .append("requestedAmount", money(a.requestedAmount()))
        .append("purpose", a.purpose())
        .append("useOfFunds", sub.useOfFunds().stream().map(Enum::name).sorted().toList())
        .append("coFinanciers", sub.coFinanciers().stream().map(c ->
            new Document("kind", c.kind().name()).append("name", c.name())).toList())
        .append("documents", sub.documents())
        .append("referral", sub.referral().map(r -> new Document("referralId", r.referralId())
            .append("agency", r.referrerAgency().map(Agency::name).orElse(null))
            .append("referrer", contact(r.referrer()))).orElse(null))
        .append("agency", a.agency().name())
        .append("analyst", contact(a.analyst()))
        .append("stage", a.stage().name())
        .append("analysis", new Document("riskNotes", a.analysis().riskNotes())
            .append("opinionRequests", a.analysis().opinionRequests().stream().map(o ->
                new Document("kind", o.kind().name()).append("from", o.from())).toList()))
        .append("decision", a.decision().map(FinancingApplicationRepository::decision)
            .orElse(null))
        .append("holdReason", a.holdReason())
        .append("loan", a.loan().map(l -> new Document("firstDueOn", l.firstDueOn().toString())
            .append("inArrears", l.inArrears())
            .append("payments", l.payments().stream().map(p ->
                new Document("paidOn", p.paidOn().toString()).append("amount", money(p.amount()))
                    .append("recordedBy", p.recordedBy())).toList())).orElse(null))
        .append("history", a.history().stream().map(h -> new Document("at", Date.from(h.at()))
            .append("action", h.action()).append("from", h.from().name())
            .append("to", h.to().name()).append("actorSubject", h.actorSubject())
            .append("actorName", h.actorName()).append("actorAgency", h.actorAgency())
            .append("summary", h.summary())).toList())
        .append("submittedAt", Date.from(a.submittedAt()))
        .append("version", a.version());
  }

  private static Document money(Money m) {
    return new Document("minorUnits", m.minorUnits()).append("currency", m.currencyCode());
  }

  private static Money money(Document d) {
    return Money.ofMinorUnits(d.get("minorUnits", Number.class).longValue(),
        d.getString("currency"));
  }

  private static Document contact(StaffContact c) {
    return new Document("name", c.name()).append("email", c.email());
  }

  private static StaffContact contact(Document d) {
    return new StaffContact(d.getString("name"), d.getString("email"));
  }

  private static Document decision(Decision d) {
    return new Document("outcome", d.outcome().name())
        .append("amount", d.amount().map(FinancingApplicationRepository::money).orElse(null))
        .append("terms", d.terms().map(t -> new Document("durationMonths", t.durationMonths())
            .append("annualRatePercent", t.annualRatePercent().toPlainString())
            .append("repayment", t.repayment().name())
            .append("graceMonths", t.graceMonths())).orElse(null))
        .append("motivation", d.motivation())
        .append("decidedBy", contact(d.decidedBy()))
        .append("decidedAt", Date.from(d.decidedAt()));
  }

  private static Decision decision(Document d) {
    Document terms = d.get("terms", Document.class);
    Document amount = d.get("amount", Document.class);
    return new Decision(Decision.Outcome.valueOf(d.getString("outcome")),
        Optional.ofNullable(amount).map(FinancingApplicationRepository::money),
        Optional.ofNullable(terms).map(t -> new LoanTerms(t.getInteger("durationMonths"),
            new BigDecimal(t.getString("annualRatePercent")),
            LoanTerms.Repayment.valueOf(t.getString("repayment")), t.getInteger("graceMonths"))),
        d.getString("motivation"), contact(d.get("decidedBy", Document.class)),
        d.getDate("decidedAt").toInstant());
  }

  static FinancingApplication fromDocument(Document d) {
    Instrument instrument = Instrument.valueOf(d.getString("instrument"));
    Document referral = d.get("referral", Document.class);
    Submission submission = new Submission(
        // applications recorded before the catalogue have the instrument's default product
        d.getString("productCode") == null ? "" : d.getString("productCode"),
        d.getList("useOfFunds", String.class, List.of()).stream().map(UseOfFunds::valueOf)
            .collect(Collectors.toSet()),
        d.getList("coFinanciers", Document.class, List.of()).stream().map(c ->
            new Submission.CoFinancier(CoFinancierKind.valueOf(c.getString("kind")),
                c.getString("name"))).toList(),
        d.getList("documents", String.class, List.of()),
        Optional.ofNullable(referral).map(r -> new Submission.Referral(r.getString("referralId"),
            Optional.ofNullable(r.getString("agency")).map(Agency::valueOf),
            contact(r.get("referrer", Document.class)))));
    Document analysis = d.get("analysis", Document.class);
    Analysis stored = analysis == null ? Analysis.none() : new Analysis(
        analysis.getString("riskNotes"),
        analysis.getList("opinionRequests", Document.class, List.of()).stream().map(o ->
            new Analysis.OpinionRequest(Analysis.OpinionRequest.Kind.valueOf(o.getString("kind")),
                o.getString("from"))).toList());
    Document decision = d.get("decision", Document.class);
    Optional<Decision> decided =
        Optional.ofNullable(decision).map(FinancingApplicationRepository::decision);
    Document loan = d.get("loan", Document.class);
    Optional<LoanAccount> account = Optional.ofNullable(loan).map(l -> LoanAccount.restore(
        decided.flatMap(Decision::amount).orElseThrow(),
        decided.flatMap(Decision::terms).orElseThrow(),
        LocalDate.parse(l.getString("firstDueOn")),
        l.getList("payments", Document.class, List.of()).stream().map(p -> new Payment(
            LocalDate.parse(p.getString("paidOn")), money(p.get("amount", Document.class)),
            p.getString("recordedBy"))).toList(),
        l.getBoolean("inArrears", false)));
    return FinancingApplication.restore(
        UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"),
        d.getBoolean("companyVerified", false),
        instrument,
        money(d.get("requestedAmount", Document.class)),
        d.getString("purpose"),
        Agency.valueOf(d.getString("agency")),
        submission,
        contact(d.get("analyst", Document.class)),
        ApplicationStage.valueOf(d.getString("stage")),
        stored,
        decided,
        d.getString("holdReason"),
        account,
        d.getList("history", Document.class, List.of()).stream().map(h -> new AuditEntry(
            h.getDate("at").toInstant(), h.getString("action"),
            ApplicationStage.valueOf(h.getString("from")),
            ApplicationStage.valueOf(h.getString("to")), h.getString("actorSubject"),
            h.getString("actorName"), h.getString("actorAgency"), h.getString("summary")))
            .toList(),
        d.getDate("submittedAt").toInstant(),
        d.get("version", Number.class).longValue());
  }
}
