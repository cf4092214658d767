package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A guidance file as the REST API shows it to one caller, at one moment (for the time spent in
 * each stage and the overdue follow-ups). Confidential content is shown by level: the opening
 * note, follow-up summaries and the COM referral's reason to the owning agency only
 * ({@code note} null and {@code noteRedacted} true for the others), each session and note at its
 * own {@link ConfidentialityLevel} (the others are counted in {@code withheldSessions} and
 * {@code withheldNotes}).
 */
public record GuidanceFileView(
    String fileId,
    String enterpriseNumber,
    String companyName,
    boolean companyVerified,
    String packageType,
    String packageLabel,
    int packageLevel,
    String agency,
    AdviserView adviser,
    String stage,
    Instant stageSince,
    long daysInStage,
    List<StageView> stageHistory,
    List<String> nextStages,
    Instant openedAt,
    String note,
    boolean noteRedacted,
    AdmissionView admission,
    List<ChecklistItemView> checklist,
    List<ChecklistItemView> formerChecklist,
    List<SessionView> sessions,
    int withheldSessions,
    List<NoteView> notes,
    int withheldNotes,
    List<FollowUpView> followUps,
    LocalDate nextFollowUpOn,
    String promotedFrom,
    Instant promotedAt,
    List<CrmRequestView> crmRequests,
    ComReferralView comReferral,
    List<TransferMatch> matches,
    List<FinancingConditionView> financingConditions,
    String closeReason,
    NominationView nomination,
    EvaluationView expertEvaluation,
    boolean mayChange,
    long version) {

  /** The adviser: the partners' contact for the company. */
  public record AdviserView(String name, String email) {}

  /** A stage the file went through; {@code until} null for the current one. */
  public record StageView(String stage, Instant since, Instant until, long days) {}

  /** An entry condition and whether it is met (or waived for a priority group). */
  public record ConditionView(String code, String description, boolean waivable, boolean met,
      boolean waived) {}

  /** The symbolic fee. */
  public record FeeView(String currency, String amount, boolean waived, LocalDate paidOn) {}

  /** The file's admission to its package. */
  public record AdmissionView(List<ConditionView> conditions, List<String> priorityGroups,
      boolean exempted, boolean admitted, List<String> missing, FeeView fee) {}

  /** One checklist element and its state. */
  public record ChecklistItemView(String code, String label, String provider, boolean coFinanced,
      String state, String operatorId, String operatorName, Instant updatedAt) {}

  /** A session the caller may read. */
  public record SessionView(String sessionId, LocalDate heldOn, String kind, String summary,
      String confidentiality, String author, Instant recordedAt) {}

  /** A note the caller may read. */
  public record NoteView(String noteId, String text, String confidentiality, String author,
      Instant writtenAt) {}

  /** A follow-up; the summary only for the owning agency. */
  public record FollowUpView(String followUpId, String kind, String label, LocalDate dueOn,
      LocalDate heldOn, boolean cancelled, boolean overdue, String summary) {}

  /** A request to the CRM. */
  public record CrmRequestView(String kind, Instant requestedAt, String status) {}

  /** The COM referral; the reason and outcome only for the owning agency. */
  public record ComReferralView(Instant referredAt, String status, Instant updatedAt,
      String reason, String outcome) {}

  /** A growth nomination. */
  public record NominationView(String source, String nominator, Instant at) {}

  /** The external expert evaluation; the summary only for the owning agency. */
  public record EvaluationView(String expert, String operatorId, String verdict, String summary,
      Instant at) {}

  /** A condition the financing pole applies. */
  public record FinancingConditionView(String code, String rule) {}

  static GuidanceFileView of(GuidanceFile file, Caller reader, Instant now) {
    boolean owner = GuidanceFileAccess.mayReadNote(reader, file);
    LocalDate today = GuidanceClock.day(now);
    PackageDefinition definition = file.definition();
    Admission admission = file.admission();
    boolean exempted = admission.exempted(definition);
    List<Stage> path = file.packageType().path();
    List<Session> sessions = file.sessions().stream().filter(s ->
        GuidanceFileAccess.mayRead(reader, file, s.confidentiality(), s.authorUsername())).toList();
    List<Note> notes = file.notes().stream().filter(n ->
        GuidanceFileAccess.mayRead(reader, file, n.confidentiality(), n.authorUsername())).toList();
    return new GuidanceFileView(
        file.fileId().toString(),
        file.enterpriseNumber().value(),
        file.companyName(),
        file.companyVerified(),
        file.packageType().name(),
        file.packageType().label(),
        definition.level(),
        file.agency().name(),
        new AdviserView(file.adviser().name(), file.adviser().email()),
        file.stage().name(),
        file.stageSince(),
        days(file.stageSince(), now),
        file.stageHistory().stream().map(s -> new StageView(s.stage().name(), s.since(),
            s.until().orElse(null), days(s.since(), s.until().orElse(now)))).toList(),
        file.isOpen() ? path.subList(path.indexOf(file.stage()) + 1, path.size()).stream()
            .map(Enum::name).toList() : List.of(),
        file.openedAt(),
        owner ? file.note().orElse(null) : null,
        !owner && file.note().isPresent(),
        new AdmissionView(
            definition.entryConditions().stream().map(c -> new ConditionView(c.code(),
                c.description(), c.waivable(), admission.conditionsMet().contains(c.code()),
                exempted && c.waivable() && !admission.conditionsMet().contains(c.code())))
                .toList(),
            admission.priorityGroups().stream().map(Enum::name).sorted().toList(),
            exempted,
            admission.admitted(definition),
            admission.missing(definition).stream().map(EntryCondition::code).toList(),
            new FeeView(admission.fee().currencyCode(), admission.fee().amount().toPlainString(),
                admission.feeWaived(definition), admission.feePaidOn().orElse(null))),
        file.checklist().stream().map(GuidanceFileView::item).toList(),
        file.formerChecklist().stream().map(GuidanceFileView::item).toList(),
        sessions.stream().map(s -> new SessionView(s.sessionId(), s.heldOn(), s.kind().name(),
            s.summary(), s.confidentiality().name(), s.author().name(), s.recordedAt())).toList(),
        file.sessions().size() - sessions.size(),
        notes.stream().map(n -> new NoteView(n.noteId(), n.text(), n.confidentiality().name(),
            n.author().name(), n.writtenAt())).toList(),
        file.notes().size() - notes.size(),
        file.followUps().stream().map(f -> new FollowUpView(f.followUpId(), f.kind().name(),
            f.kind().label(), f.dueOn(), f.heldOn().orElse(null), f.cancelled(),
            f.isOverdue(today), owner ? f.summary() : null)).toList(),
        file.nextFollowUp().map(FollowUp::dueOn).orElse(null),
        file.promotedFrom().map(Enum::name).orElse(null),
        file.promotedAt().orElse(null),
        file.crmRequests().stream().map(r -> new CrmRequestView(r.kind().name(), r.requestedAt(),
            r.status().name())).toList(),
        file.comReferral().map(r -> new ComReferralView(r.referredAt(), r.status().name(),
            r.updatedAt().orElse(null), owner ? r.reason() : null, owner ? r.outcome() : null))
            .orElse(null),
        file.matches(),
        file.financingConditions().stream()
            .map(c -> new FinancingConditionView(c.name(), c.rule())).toList(),
        file.closeReason().orElse(null),
        file.nomination().map(n -> new NominationView(n.source().name(), n.nominator(), n.at()))
            .orElse(null),
        file.expertEvaluation().map(e -> new EvaluationView(e.expert(),
            e.operatorId().orElse(null), e.verdict().name(), owner ? e.summary() : null, e.at()))
            .orElse(null),
        GuidanceFileAccess.mayChange(reader, file),
        file.version());
  }

  private static ChecklistItemView item(ChecklistItem i) {
    return new ChecklistItemView(i.element().code(), i.element().label(), i.element().provider(),
        i.element().coFinanced(), i.state().name(), i.operatorId().orElse(null),
        i.operatorName().orElse(null), i.updatedAt().orElse(null));
  }

  /** Whole days from {@code from} to {@code to} (0 on the first day). */
  private static long days(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).truncatedTo(ChronoUnit.DAYS).toDays());
  }
}
