package be.brussels.poles.guidance.intake;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;

/**
 * Intake requests in their own collection, stored like every aggregate ({@link
 * AggregateCollection}: the orientation event in the same document as the request; versioned;
 * newest first by {@code receivedAt}). A request of a project holder has no enterprise number.
 */
public final class IntakeRepository {

  public static final String COLLECTION = "intake_requests";

  private final MongoCollection<Document> collection;
  private final AggregateCollection<IntakeRequest> requests;

  public IntakeRepository(MongoCollection<Document> collection, Clock clock) {
    this.collection = collection;
    this.requests = new AggregateCollection<>(collection,
        AggregateCollection.Mapping.of(IntakeRepository::toDocument,
            IntakeRepository::fromDocument, r -> r.requestId().toString(),
            IntakeRequest::version),
        "receivedAt", "intake request", clock);
  }

  public void createIndexes() {
    requests.createIndexes();
  }

  public void insert(IntakeRequest request, Optional<PendingJourneyEvent> event) {
    requests.insert(request, event.stream().toArray(PendingJourneyEvent[]::new));
  }

  /** Stores the orientations of a request read at its version (a 409 when it moved on). */
  public void saveOrientations(IntakeRequest request) {
    requests.saveChanged(request, Updates.set("orientations",
        request.orientations().stream().map(IntakeRepository::orientation).toList()));
  }

  public Optional<IntakeRequest> findById(UUID id) {
    return requests.findById(id.toString());
  }

  public Page<IntakeRequest> page(ListQuery query) {
    return requests.page(query);
  }

  /** Every request received in [from, to), for the statistics; at most {@code limit}. */
  public List<IntakeRequest> receivedBetween(Instant from, Instant to, Optional<Agency> agency,
      int limit) {
    var filter = Filters.and(Filters.gte("receivedAt", Date.from(from)),
        Filters.lt("receivedAt", Date.from(to)),
        agency.map(a -> Filters.eq("agency", a.name())).orElseGet(Filters::empty));
    return collection.find(filter).projection(new Document("outbox", 0).append("outboxRejected", 0))
        .limit(limit).map(IntakeRepository::fromDocument).into(new ArrayList<>());
  }

  static Document toDocument(IntakeRequest r) {
    Document d = new Document("_id", r.requestId().toString())
        .append("receivedAt", Date.from(r.receivedAt())).append("agency", r.agency().name())
        .append("handledBy", r.handledBy()).append("handledByEmail", r.handledByEmail())
        .append("channel", r.channel().name()).append("language", r.language().name())
        .append("requesterKind", r.requesterKind().name())
        .append("companyName", r.companyName()).append("companyKnownToCrm", r.companyKnownToCrm())
        .append("topics", r.topics().stream().map(Enum::name).sorted().toList())
        .append("question", r.question()).append("answer", r.answer())
        .append("orientations", r.orientations().stream().map(IntakeRepository::orientation).toList())
        .append("version", r.version());
    r.enterpriseNumber().ifPresent(n -> d.append("enterpriseNumber", n.value()));
    r.contactName().ifPresent(n -> d.append("contactName", n));
    return d;
  }

  private static Document orientation(Orientation o) {
    Document d = new Document("orientationId", o.orientationId()).append("serviceId", o.serviceId())
        .append("serviceName", o.serviceName()).append("provider", o.provider())
        .append("referralStatus", o.referralStatus().name());
    o.referTo().ifPresent(a -> d.append("referTo", a.name()));
    o.referral().ifPresent(r -> d.append("referral", new Document("referralId", r.referralId())
        .append("enterpriseNumber", r.enterpriseNumber()).append("fromAgency", r.fromAgency().name())
        .append("toAgency", r.toAgency().name()).append("state", r.state())
        .append("readAt", Date.from(r.readAt()))));
    return d;
  }

  static IntakeRequest fromDocument(Document d) {
    EnumSet<IntakeRequest.Topic> topics = EnumSet.noneOf(IntakeRequest.Topic.class);
    d.getList("topics", String.class, List.of()).forEach(t -> topics.add(IntakeRequest.Topic.valueOf(t)));
    return new IntakeRequest(UUID.fromString(d.getString("_id")),
        d.getDate("receivedAt").toInstant(), Agency.valueOf(d.getString("agency")),
        d.getString("handledBy"), d.getString("handledByEmail"),
        IntakeRequest.Channel.valueOf(d.getString("channel")),
        IntakeRequest.Language.valueOf(d.getString("language")),
        IntakeRequest.RequesterKind.valueOf(d.getString("requesterKind")),
        Optional.ofNullable(d.getString("enterpriseNumber")).map(EnterpriseNumber::parse),
        d.getString("companyName"), d.getBoolean("companyKnownToCrm", false),
        Optional.ofNullable(d.getString("contactName")), topics, d.getString("question"),
        d.getString("answer"),
        d.getList("orientations", Document.class, List.of()).stream().map(o -> {
          Document r = o.get("referral", Document.class);
          return new Orientation(o.getString("orientationId"), o.getString("serviceId"),
              o.getString("serviceName"), o.getString("provider"),
              Optional.ofNullable(o.getString("referTo")).map(Agency::valueOf),
              Orientation.ReferralStatus.valueOf(o.getString("referralStatus")),
              r == null ? Optional.empty() : Optional.of(new Orientation.CrmReferral(
                  r.getString("referralId"), r.getString("enterpriseNumber"),
                  Agency.valueOf(r.getString("fromAgency")), Agency.valueOf(r.getString("toAgency")),
                  r.getString("state"), r.getDate("readAt").toInstant())));
        }).toList(),
        ((Number) d.get("version")).longValue());
  }

  /** For tests and the statistics: the company's requests, newest first. */
  public List<IntakeRequest> ofCompany(EnterpriseNumber company) {
    return requests.ofCompany(company, 0);
  }
}
