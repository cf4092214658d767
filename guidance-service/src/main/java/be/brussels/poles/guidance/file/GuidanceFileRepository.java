package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Guidance files in their own collection, stored as every pole stores its aggregates
 * ({@link AggregateCollection}: one document per file with its pending journey events, the
 * outbox, so a change and its event are one write; versioned; newest first by
 * {@code openedAt}). The day of the earliest pending follow-up is kept in
 * {@code nextFollowUpOn} ("yyyy-MM-dd", which sorts as it reads) for the overdue list.
 */
public final class GuidanceFileRepository {

  /** The collection's name in the service's database. */
  public static final String COLLECTION = "guidance_files";

  private static final Bson NOT_CLOSED = Filters.nin("stage", Arrays.stream(Stage.values())
      .filter(Stage::isTerminal).map(Enum::name).toList());
  /** {@link AggregateCollection#ofCompany}: no limit. */
  private static final int ALL = 0;
  /** Written once, at insertion; every other field may change. */
  private static final Set<String> IMMUTABLE =
      Set.of("_id", "version", "enterpriseNumber", "openedAt");

  private final MongoCollection<Document> collection;
  private final AggregateCollection<GuidanceFile> files;

  public GuidanceFileRepository(MongoCollection<Document> files, Clock clock) {
    this.collection = files;
    this.files = new AggregateCollection<>(files,
        AggregateCollection.Mapping.of(GuidanceFileRepository::toDocument,
            GuidanceFileRepository::fromDocument, f -> f.fileId().toString(),
            GuidanceFile::version),
        "openedAt", "guidance file", clock);
  }

  /** Creates the indexes the queries and the outbox relay use; idempotent. */
  public void createIndexes() {
    files.createIndexes();
    collection.createIndex(Indexes.ascending("nextFollowUpOn"));
  }

  /** Stores a new file together with the events announcing it. */
  public void insert(GuidanceFile file, PendingJourneyEvent... events) {
    files.insert(file, events);
  }

  /**
   * Stores a changed file with the events the change caused, if nobody changed it since it was
   * read; returns the new version.
   *
   * @throws be.brussels.poles.kit.error.ConflictException when its version moved on
   */
  public long save(GuidanceFile file, List<PendingJourneyEvent> events) {
    Document document = toDocument(file);
    List<Bson> sets = new ArrayList<>();
    document.forEach((field, value) -> {
      if (!IMMUTABLE.contains(field)) {
        sets.add(Updates.set(field, value));
      }
    });
    // fields that can become absent
    for (String optional : List.of("nextFollowUpOn", "comReferral", "promotedFrom", "promotedAt",
        "closeReason", "nomination", "expertEvaluation")) {
      if (!document.containsKey(optional)) {
        sets.add(Updates.unset(optional));
      }
    }
    return files.saveChanged(file, Updates.combine(sets),
        events.toArray(PendingJourneyEvent[]::new));
  }

  public Optional<GuidanceFile> findById(UUID fileId) {
    return files.findById(fileId.toString());
  }

  /** One page of the files, newest first, optionally of one company. */
  public Page<GuidanceFile> page(ListQuery query) {
    return files.page(query);
  }

  /** The company's files that are not closed, newest first. */
  public List<GuidanceFile> openFilesOf(EnterpriseNumber company) {
    return files.ofCompany(company, NOT_CLOSED, ALL);
  }

  /**
   * Open files with a follow-up due before {@code today}, most overdue first, optionally of one
   * agency, at most {@code limit}.
   */
  public List<GuidanceFile> withFollowUpDueBefore(LocalDate today, Optional<Agency> agency,
      int limit) {
    List<Bson> filters = new ArrayList<>(List.of(NOT_CLOSED,
        Filters.lt("nextFollowUpOn", today.toString())));
    agency.ifPresent(a -> filters.add(Filters.eq("agency", a.name())));
    return collection.find(Filters.and(filters))
        .projection(new Document("outbox", 0).append("outboxRejected", 0))
        .sort(Sorts.ascending("nextFollowUpOn", "_id")).limit(limit)
        .map(GuidanceFileRepository::fromDocument).into(new ArrayList<>());
  }

  // --- mapping ---------------------------------------------------------------------------------

  static Document toDocument(GuidanceFile file) {
    Document document = new Document("_id", file.fileId().toString())
        .append("enterpriseNumber", file.enterpriseNumber().value())
        .append("companyName", file.companyName())
        .append("companyVerified", file.companyVerified())
        .append("packageType", file.packageType().name())
        .append("agency", file.agency().name())
        .append("adviser", adviser(file.adviser()))
        .append("stage", file.stage().name())
        .append("stageSince", Date.from(file.stageSince()))
        .append("stageHistory", file.stageHistory().stream().map(s -> {
          Document span = new Document("stage", s.stage().name()).append("since", Date.from(s.since()));
          s.until().ifPresent(u -> span.append("until", Date.from(u)));
          return span;
        }).toList())
        .append("openedAt", Date.from(file.openedAt()))
        .append("admission", admission(file.admission()))
        .append("checklist", file.checklist().stream().map(GuidanceFileRepository::item).toList())
        .append("formerChecklist",
            file.formerChecklist().stream().map(GuidanceFileRepository::item).toList())
        .append("sessions", file.sessions().stream().map(s -> new Document("sessionId", s.sessionId())
            .append("heldOn", s.heldOn().toString()).append("kind", s.kind().name())
            .append("summary", s.summary()).append("confidentiality", s.confidentiality().name())
            .append("author", adviser(s.author())).append("authorUsername", s.authorUsername())
            .append("recordedAt", Date.from(s.recordedAt()))).toList())
        .append("notes", file.notes().stream().map(n -> new Document("noteId", n.noteId())
            .append("text", n.text()).append("confidentiality", n.confidentiality().name())
            .append("author", adviser(n.author())).append("authorUsername", n.authorUsername())
            .append("writtenAt", Date.from(n.writtenAt()))).toList())
        .append("followUps", file.followUps().stream().map(f -> {
          Document d = new Document("followUpId", f.followUpId()).append("kind", f.kind().name())
              .append("dueOn", f.dueOn().toString()).append("summary", f.summary())
              .append("cancelled", f.cancelled());
          f.heldOn().ifPresent(h -> d.append("heldOn", h.toString()));
          return d;
        }).toList())
        .append("crmRequests", file.crmRequests().stream().map(r -> new Document("kind", r.kind().name())
            .append("requestedAt", Date.from(r.requestedAt())).append("status", r.status().name()))
            .toList())
        .append("matches", file.matches().stream().map(m -> {
          Document d = new Document("matchId", m.matchId())
              .append("counterpartRole", m.counterpartRole().name())
              .append("counterpartName", m.counterpartName()).append("status", m.status().name())
              .append("proposedAt", Date.from(m.proposedAt()));
          m.counterpartEnterpriseNumber().ifPresent(n -> d.append("counterpartEnterpriseNumber", n));
          m.updatedAt().ifPresent(u -> d.append("updatedAt", Date.from(u)));
          return d;
        }).toList())
        .append("version", file.version());
    file.note().ifPresent(note -> document.append("note", note));
    file.nextFollowUp().ifPresent(f -> document.append("nextFollowUpOn", f.dueOn().toString()));
    file.promotedFrom().ifPresent(p -> document.append("promotedFrom", p.name()));
    file.promotedAt().ifPresent(p -> document.append("promotedAt", Date.from(p)));
    file.closeReason().ifPresent(r -> document.append("closeReason", r));
    file.nomination().ifPresent(n -> document.append("nomination",
        new Document("source", n.source().name()).append("nominator", n.nominator())
            .append("at", Date.from(n.at()))));
    file.expertEvaluation().ifPresent(e -> {
      Document d = new Document("expert", e.expert()).append("verdict", e.verdict().name())
          .append("summary", e.summary()).append("at", Date.from(e.at()));
      e.operatorId().ifPresent(o -> d.append("operatorId", o));
      document.append("expertEvaluation", d);
    });
    file.comReferral().ifPresent(r -> {
      Document d = new Document("referredAt", Date.from(r.referredAt())).append("reason", r.reason())
          .append("status", r.status().name()).append("outcome", r.outcome());
      r.updatedAt().ifPresent(u -> d.append("updatedAt", Date.from(u)));
      document.append("comReferral", d);
    });
    return document;
  }

  private static Document adviser(Adviser adviser) {
    return new Document("name", adviser.name()).append("email", adviser.email());
  }

  private static Document admission(Admission admission) {
    Document d = new Document("conditionsMet", admission.conditionsMet().stream().sorted().toList())
        .append("priorityGroups", admission.priorityGroups().stream().map(Enum::name).sorted().toList())
        .append("fee", new Document("currency", admission.fee().currencyCode())
            .append("amount", admission.fee().amount().toPlainString()));
    admission.feePaidOn().ifPresent(p -> d.append("feePaidOn", p.toString()));
    return d;
  }

  private static Document item(ChecklistItem item) {
    Document d = new Document("code", item.element().code()).append("label", item.element().label())
        .append("provider", item.element().provider())
        .append("coFinanced", item.element().coFinanced()).append("state", item.state().name());
    item.operatorId().ifPresent(o -> d.append("operatorId", o));
    item.operatorName().ifPresent(o -> d.append("operatorName", o));
    item.updatedAt().ifPresent(u -> d.append("updatedAt", Date.from(u)));
    return d;
  }

  static GuidanceFile fromDocument(Document d) {
    PackageType packageType = PackageType.valueOf(d.getString("packageType"));
    Stage stage = Stage.valueOf(d.getString("stage"));
    Instant stageSince = d.getDate("stageSince").toInstant();
    // files written before the history existed have their current stage only
    List<StageSpan> history = list(d, "stageHistory", s -> new StageSpan(
        Stage.valueOf(s.getString("stage")), s.getDate("since").toInstant(),
        Optional.ofNullable(s.getDate("until")).map(Date::toInstant)));
    if (history.isEmpty()) {
      history = List.of(new StageSpan(stage, stageSince, Optional.empty()));
    }
    List<ChecklistItem> checklist = list(d, "checklist", GuidanceFileRepository::item);
    if (checklist.isEmpty() && !d.containsKey("checklist")) {
      checklist = PackageDefinition.of(packageType).elements().stream()
          .map(ChecklistItem::planned).toList();
    }
    Document a = d.get("admission", Document.class);
    Admission admission = a == null
        ? new Admission(Set.of(), Set.of(), Money.euros("0.00"), Optional.empty())
        : new Admission(new HashSet<>(a.getList("conditionsMet", String.class, List.of())),
            groups(a.getList("priorityGroups", String.class, List.of())),
            Money.of(new java.math.BigDecimal(a.get("fee", Document.class).getString("amount")),
                a.get("fee", Document.class).getString("currency"), "fee"),
            Optional.ofNullable(a.getString("feePaidOn")).map(LocalDate::parse));
    Document r = d.get("comReferral", Document.class);
    return new GuidanceFile(
        UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"),
        d.getBoolean("companyVerified", false),
        packageType,
        Agency.valueOf(d.getString("agency")),
        adviser(d.get("adviser", Document.class)),
        history,
        d.getDate("openedAt").toInstant(),
        Optional.ofNullable(d.getString("note")),
        admission,
        checklist,
        list(d, "formerChecklist", GuidanceFileRepository::item),
        list(d, "sessions", s -> new Session(s.getString("sessionId"),
            LocalDate.parse(s.getString("heldOn")), Session.Kind.valueOf(s.getString("kind")),
            s.getString("summary"), ConfidentialityLevel.valueOf(s.getString("confidentiality")),
            adviser(s.get("author", Document.class)), s.getString("authorUsername"),
            s.getDate("recordedAt").toInstant())),
        list(d, "notes", n -> new Note(n.getString("noteId"), n.getString("text"),
            ConfidentialityLevel.valueOf(n.getString("confidentiality")),
            adviser(n.get("author", Document.class)), n.getString("authorUsername"),
            n.getDate("writtenAt").toInstant())),
        list(d, "followUps", f -> new FollowUp(f.getString("followUpId"),
            FollowUp.Kind.valueOf(f.getString("kind")), LocalDate.parse(f.getString("dueOn")),
            Optional.ofNullable(f.getString("heldOn")).map(LocalDate::parse),
            f.getString("summary"), f.getBoolean("cancelled", false))),
        Optional.ofNullable(d.getString("promotedFrom")).map(PackageType::valueOf),
        Optional.ofNullable(d.getDate("promotedAt")).map(Date::toInstant),
        list(d, "crmRequests", c -> new CrmRequest(CrmRequest.Kind.valueOf(c.getString("kind")),
            c.getDate("requestedAt").toInstant(), CrmRequest.Status.valueOf(c.getString("status")))),
        r == null ? Optional.empty() : Optional.of(new ComReferral(
            r.getDate("referredAt").toInstant(), r.getString("reason"),
            ComReferral.Status.valueOf(r.getString("status")),
            Optional.ofNullable(r.getDate("updatedAt")).map(Date::toInstant),
            r.getString("outcome"))),
        list(d, "matches", m -> new TransferMatch(m.getString("matchId"),
            TransferMatch.Role.valueOf(m.getString("counterpartRole")),
            m.getString("counterpartName"),
            Optional.ofNullable(m.getString("counterpartEnterpriseNumber")),
            TransferMatch.Status.valueOf(m.getString("status")),
            m.getDate("proposedAt").toInstant(),
            Optional.ofNullable(m.getDate("updatedAt")).map(Date::toInstant))),
        Optional.ofNullable(d.getString("closeReason")),
        Optional.ofNullable(d.get("nomination", Document.class)).map(n ->
            new GrowthSelection.Nomination(
                GrowthSelection.NominationSource.valueOf(n.getString("source")),
                n.getString("nominator"), n.getDate("at").toInstant())),
        Optional.ofNullable(d.get("expertEvaluation", Document.class)).map(e ->
            new GrowthSelection.ExpertEvaluation(e.getString("expert"),
                Optional.ofNullable(e.getString("operatorId")),
                GrowthSelection.Verdict.valueOf(e.getString("verdict")), e.getString("summary"),
                e.getDate("at").toInstant())),
        ((Number) d.get("version")).longValue());
  }

  private static Adviser adviser(Document d) {
    return new Adviser(d.getString("name"), d.getString("email"));
  }

  private static ChecklistItem item(Document i) {
    return new ChecklistItem(new PackageElement(i.getString("code"), i.getString("label"),
        i.getString("provider"), i.getBoolean("coFinanced", false)),
        ChecklistItem.State.valueOf(i.getString("state")),
        Optional.ofNullable(i.getString("operatorId")),
        Optional.ofNullable(i.getString("operatorName")),
        Optional.ofNullable(i.getDate("updatedAt")).map(Date::toInstant));
  }

  private static Set<PriorityGroup> groups(List<String> names) {
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    names.forEach(n -> groups.add(PriorityGroup.valueOf(n)));
    return groups;
  }

  private static <T> List<T> list(Document d, String field, Function<Document, T> read) {
    return d.getList(field, Document.class, List.of()).stream().map(read).toList();
  }
}
