package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A company's guidance file in one entrepreneur package, owned by the guidance-pole agency whose
 * adviser opened it: its admission (entry conditions, priority groups, symbolic fee), the
 * package's checklist, the stages it went through with their dates, sessions, notes, follow-ups
 * and, per package, the COM referral (restart), buyer/seller matches (transfer) and the requests
 * to the CRM (growth).
 *
 * <p>Every change goes through a method that checks the package's rules and returns the journey
 * events it causes; the caller stores the changed file and those events in one write,
 * conditional on {@link #version()} (optimistic locking).
 */
public final class GuidanceFile {

  /** Longest note or summary accepted, in characters. */
  public static final int MAX_NOTE_LENGTH = 2000;

  /** Journey event types, "guidance.&lt;subject&gt;.&lt;step&gt;". */
  public static final String OPENED_EVENT = "guidance.file.opened";
  public static final String STAGE_CHANGED_EVENT = "guidance.file.stage_changed";
  public static final String CLOSED_EVENT = "guidance.file.closed";
  public static final String PROMOTED_EVENT = "guidance.file.promoted";
  public static final String FOLLOW_UP_HELD_EVENT = "guidance.follow_up.held";
  public static final String COM_REFERRAL_EVENT = "guidance.com_referral.sent";

  private final UUID fileId;
  private final EnterpriseNumber enterpriseNumber;
  private final String companyName;
  private final boolean companyVerified;
  private PackageType packageType;
  private final Agency agency;
  private Adviser adviser;
  private final List<StageSpan> stageHistory;
  private final Instant openedAt;
  private final Optional<String> note;
  private Admission admission;
  private List<ChecklistItem> checklist;
  private final List<ChecklistItem> formerChecklist;
  private final List<Session> sessions;
  private final List<Note> notes;
  private final List<FollowUp> followUps;
  private Optional<PackageType> promotedFrom;
  private Optional<Instant> promotedAt;
  private final List<CrmRequest> crmRequests;
  private Optional<ComReferral> comReferral;
  private final List<TransferMatch> matches;
  private Optional<String> closeReason;
  private Optional<GrowthSelection.Nomination> nomination;
  private Optional<GrowthSelection.ExpertEvaluation> expertEvaluation;
  private final long version;

  /** Rebuilds a file as stored; {@link #open} makes new ones. */
  GuidanceFile(UUID fileId, EnterpriseNumber enterpriseNumber, String companyName,
      boolean companyVerified, PackageType packageType, Agency agency, Adviser adviser,
      List<StageSpan> stageHistory, Instant openedAt, Optional<String> note, Admission admission,
      List<ChecklistItem> checklist, List<ChecklistItem> formerChecklist, List<Session> sessions,
      List<Note> notes, List<FollowUp> followUps, Optional<PackageType> promotedFrom,
      Optional<Instant> promotedAt, List<CrmRequest> crmRequests,
      Optional<ComReferral> comReferral, List<TransferMatch> matches,
      Optional<String> closeReason, Optional<GrowthSelection.Nomination> nomination,
      Optional<GrowthSelection.ExpertEvaluation> expertEvaluation, long version) {
    this.fileId = Objects.requireNonNull(fileId, "fileId");
    this.enterpriseNumber = Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    this.companyName = Objects.requireNonNullElse(companyName, "");
    this.companyVerified = companyVerified;
    this.packageType = Objects.requireNonNull(packageType, "packageType");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.adviser = Objects.requireNonNull(adviser, "adviser");
    if (stageHistory.isEmpty()) {
      throw new IllegalArgumentException("a file has at least one stage");
    }
    this.stageHistory = new ArrayList<>(stageHistory);
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.note = Objects.requireNonNullElse(note, Optional.empty());
    this.admission = Objects.requireNonNull(admission, "admission");
    this.checklist = new ArrayList<>(checklist);
    this.formerChecklist = new ArrayList<>(formerChecklist);
    this.sessions = new ArrayList<>(sessions);
    this.notes = new ArrayList<>(notes);
    this.followUps = new ArrayList<>(followUps);
    this.promotedFrom = Objects.requireNonNullElse(promotedFrom, Optional.empty());
    this.promotedAt = Objects.requireNonNullElse(promotedAt, Optional.empty());
    this.crmRequests = new ArrayList<>(crmRequests);
    this.comReferral = Objects.requireNonNullElse(comReferral, Optional.empty());
    this.matches = new ArrayList<>(matches);
    this.closeReason = Objects.requireNonNullElse(closeReason, Optional.empty());
    this.nomination = Objects.requireNonNullElse(nomination, Optional.empty());
    this.expertEvaluation = Objects.requireNonNullElse(expertEvaluation, Optional.empty());
    this.version = version;
  }

  /**
   * Opens a file for a company the CRM knows (or could not be asked about), in no priority
   * group and free of charge.
   */
  public static GuidanceFile open(EnterpriseNumber enterpriseNumber, String companyName,
      boolean companyVerified, PackageType packageType, Agency agency, Adviser adviser,
      Optional<String> note, Instant now) {
    return open(enterpriseNumber, companyName, companyVerified, packageType, agency, adviser,
        note, Set.of(), Money.euros("0.00"), now);
  }

  /**
   * Opens a file: stage {@link Stage#OPEN}, the package's checklist all planned, and for the
   * packages that have them the first follow-up due a quarter after opening.
   *
   * @param priorityGroups the beneficiary's priority groups (fee and waivable conditions)
   * @param fee the package's symbolic fee ({@link PackageFees})
   * @throws AccessDeniedException when the agency may not open this package
   * @throws InvalidInputException when the note is too long
   */
  public static GuidanceFile open(EnterpriseNumber enterpriseNumber, String companyName,
      boolean companyVerified, PackageType packageType, Agency agency, Adviser adviser,
      Optional<String> note, Set<PriorityGroup> priorityGroups, Money fee, Instant now) {
    requireMayOpen(packageType, agency);
    Optional<String> cleanNote = clean(note.orElse(null), "note");
    // the database keeps milliseconds: the answer to the caller, the stored file and the
    // journey event must carry the same instant
    Instant openedAt = now.truncatedTo(ChronoUnit.MILLIS);
    PackageDefinition definition = PackageDefinition.of(packageType);
    // the growth follow-up starts with the FOLLOW_UP stage, not at opening
    List<FollowUp> followUps = packageType.followUpKinds().stream()
        .filter(kind -> kind != FollowUp.Kind.GROWTH_FOLLOW_UP).findFirst()
        .map(kind -> List.of(newFollowUp(kind, GuidanceClock.day(openedAt)
            .plusMonths(FollowUp.MONTHS_BETWEEN))))
        .orElse(List.of());
    return new GuidanceFile(UUID.randomUUID(), enterpriseNumber, companyName, companyVerified,
        packageType, agency, adviser,
        List.of(new StageSpan(Stage.OPEN, openedAt, Optional.empty())), openedAt, cleanNote,
        new Admission(Set.of(), priorityGroups, fee, Optional.empty()),
        definition.elements().stream().map(ChecklistItem::planned).toList(), List.of(), List.of(),
        List.of(), followUps, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), 1);
  }

  /**
   * Refuses an agency that may not open files of the package (see
   * {@link PackageType#mayBeOpenedBy}).
   */
  public static void requireMayOpen(PackageType packageType, Agency agency) {
    if (!packageType.mayBeOpenedBy(agency)) {
      throw new AccessDeniedException(agency.pole() != Agency.Pole.GUIDANCE
          ? "only guidance-pole agencies open guidance files"
          : packageType + " files are opened by " + Agency.HUB_ATRIUM + " staff only");
    }
  }

  // --- reading ---------------------------------------------------------------------------------

  public UUID fileId() {
    return fileId;
  }

  public EnterpriseNumber enterpriseNumber() {
    return enterpriseNumber;
  }

  /** The CRM's name for the company; empty when the CRM did not answer. */
  public String companyName() {
    return companyName;
  }

  /** Whether the CRM confirmed the company when the file was opened. */
  public boolean companyVerified() {
    return companyVerified;
  }

  public PackageType packageType() {
    return packageType;
  }

  public PackageDefinition definition() {
    return PackageDefinition.of(packageType);
  }

  public Agency agency() {
    return agency;
  }

  public Adviser adviser() {
    return adviser;
  }

  public Stage stage() {
    return current().stage();
  }

  /** When the file entered its current stage. */
  public Instant stageSince() {
    return current().since();
  }

  /** Every stage the file went through, oldest first, the current one last. */
  public List<StageSpan> stageHistory() {
    return List.copyOf(stageHistory);
  }

  public Instant openedAt() {
    return openedAt;
  }

  /** The note given at opening, confidential to the owning agency. */
  public Optional<String> note() {
    return note;
  }

  public Admission admission() {
    return admission;
  }

  public List<ChecklistItem> checklist() {
    return List.copyOf(checklist);
  }

  /** The checklist of the package the file was promoted from, as it stood then. */
  public List<ChecklistItem> formerChecklist() {
    return List.copyOf(formerChecklist);
  }

  public List<Session> sessions() {
    return List.copyOf(sessions);
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  /** Every follow-up, by due date. */
  public List<FollowUp> followUps() {
    return followUps.stream().sorted(Comparator.comparing(FollowUp::dueOn)).toList();
  }

  /** The earliest pending follow-up. */
  public Optional<FollowUp> nextFollowUp() {
    return followUps.stream().filter(FollowUp::isPending)
        .min(Comparator.comparing(FollowUp::dueOn));
  }

  public Optional<PackageType> promotedFrom() {
    return promotedFrom;
  }

  public Optional<Instant> promotedAt() {
    return promotedAt;
  }

  public List<CrmRequest> crmRequests() {
    return List.copyOf(crmRequests);
  }

  public Optional<ComReferral> comReferral() {
    return comReferral;
  }

  public List<TransferMatch> matches() {
    return List.copyOf(matches);
  }

  public Optional<String> closeReason() {
    return closeReason;
  }

  public Optional<GrowthSelection.Nomination> nomination() {
    return nomination;
  }

  public Optional<GrowthSelection.ExpertEvaluation> expertEvaluation() {
    return expertEvaluation;
  }

  /** Optimistic-locking counter: 1 at creation, incremented by every stored change. */
  public long version() {
    return version;
  }

  /** Still in progress (not closed): shown among the company's open files. */
  public boolean isOpen() {
    return !stage().isTerminal();
  }

  /** The conditions the financing pole must apply when it finances through this file. */
  public List<FinancingCondition> financingConditions() {
    return FinancingCondition.of(packageType);
  }

  private StageSpan current() {
    return stageHistory.get(stageHistory.size() - 1);
  }

  // --- admission -------------------------------------------------------------------------------

  /**
   * Records which entry conditions the adviser confirmed and the beneficiary's priority groups
   * (replacing the previous answer).
   *
   * @throws InvalidInputException naming {@code conditionsMet} for a code the package does not
   *     have
   */
  public void confirmEntry(Set<String> conditionsMet, Set<PriorityGroup> priorityGroups) {
    requireOpen();
    PackageDefinition definition = definition();
    List<String> unknown = conditionsMet.stream()
        .filter(code -> definition.condition(code).isEmpty()).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("conditionsMet", "not entry conditions of the "
          + packageType.label() + ": " + unknown + "; allowed: "
          + definition.entryConditions().stream().map(EntryCondition::code).toList());
    }
    admission = new Admission(conditionsMet, priorityGroups, admission.fee(),
        admission.feePaidOn());
  }

  /** Records that the symbolic fee was paid. */
  public void recordFeePaid(LocalDate paidOn) {
    requireOpen();
    if (admission.feeWaived(definition())) {
      throw new BusinessRuleException("paidOn", "no fee is due on this file (free package or"
          + " exempted priority group)");
    }
    if (admission.feePaidOn().isPresent()) {
      throw new BusinessRuleException("paidOn", "the fee was already paid on "
          + admission.feePaidOn().get());
    }
    admission = new Admission(admission.conditionsMet(), admission.priorityGroups(),
        admission.fee(), Optional.of(paidOn));
  }

  // --- stages ----------------------------------------------------------------------------------

  /**
   * Moves the file to a later stage of its package's path, or closes it. Leaving
   * {@link Stage#OPEN} needs every entry condition met (or waived); closing cancels the pending
   * follow-ups.
   *
   * @return the journey event: "guidance.file.stage_changed", or "guidance.file.closed"
   */
  public PendingJourneyEvent changeStage(Stage target, Optional<String> reason, Instant now) {
    requireOpen();
    Stage from = stage();
    List<Stage> path = packageType.path();
    if (!path.contains(target)) {
      throw new BusinessRuleException("stage", target + " is not a stage of the "
          + packageType.label() + "; its stages are " + path);
    }
    if (path.indexOf(target) <= path.indexOf(from)) {
      throw new BusinessRuleException("stage", "a file moves forward: from " + from
          + " it can go to " + path.subList(path.indexOf(from) + 1, path.size()));
    }
    if (from == Stage.OPEN && target != Stage.CLOSED) {
      List<EntryCondition> missing = admission.missing(definition());
      if (!missing.isEmpty()) {
        throw new BusinessRuleException("stage", "the entry conditions of the "
            + packageType.label() + " are not all met: "
            + missing.stream().map(EntryCondition::code).toList());
      }
    }
    if (packageType == PackageType.GROWTH && target != Stage.CLOSED) {
      requireGrowthSelection(target);
    }
    Optional<String> why = clean(reason.orElse(null), "reason");
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    enter(target, at);
    if (target == Stage.CLOSED) {
      closeReason = why;
      followUps.replaceAll(f -> f.isPending()
          ? new FollowUp(f.followUpId(), f.kind(), f.dueOn(), f.heldOn(), f.summary(), true)
          : f);
      return event(CLOSED_EVENT, at, "Guidance file closed: " + packageType.label(), why);
    }
    return event(STAGE_CHANGED_EVENT, at, "Guidance file moved to stage "
        + target.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
        + packageType.label(), why);
  }

  /**
   * The growth workflow's gates: a candidate is nominated before the expert evaluation, and
   * only a favourable evaluation opens the screening and the stages after it.
   */
  private void requireGrowthSelection(Stage target) {
    List<Stage> path = PackageType.GROWTH.path();
    if (path.indexOf(target) > path.indexOf(Stage.NOMINATED) && nomination.isEmpty()) {
      throw new BusinessRuleException("stage", "a growth candidate is nominated (by a cluster or"
          + " an adviser) before " + target);
    }
    if (path.indexOf(target) >= path.indexOf(Stage.SCREENING)) {
      if (expertEvaluation.isEmpty()) {
        throw new BusinessRuleException("stage", "the external expert evaluation comes before "
            + target);
      }
      if (!expertEvaluation.get().verdict().allowsScreening()) {
        throw new BusinessRuleException("stage", "the external expert evaluation was unfavourable:"
            + " the file can only be closed");
      }
    }
  }

  /**
   * Nominates a growth candidate (by a cluster or an adviser): the file moves from
   * {@link Stage#CANDIDATE} to {@link Stage#NOMINATED}.
   */
  public PendingJourneyEvent nominate(GrowthSelection.NominationSource source, String nominator,
      Instant now) {
    requireOpen();
    if (packageType != PackageType.GROWTH || stage() != Stage.CANDIDATE) {
      throw new BusinessRuleException("stage", "a growth file is nominated at the CANDIDATE stage;"
          + " this one is a " + packageType.label() + " file at " + stage());
    }
    String who = clean(nominator, "nominator")
        .orElseThrow(() -> new InvalidInputException("nominator", "is required"));
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    nomination = Optional.of(new GrowthSelection.Nomination(source, who, at));
    enter(Stage.NOMINATED, at);
    return event(STAGE_CHANGED_EVENT, at, "Growth candidate nominated by "
        + (source == GrowthSelection.NominationSource.CLUSTER ? "a cluster (" + who + ")"
            : "an adviser"), Optional.empty());
  }

  /**
   * Records the external expert evaluation of a nominated growth candidate: the file moves to
   * {@link Stage#EXPERT_EVALUATION} (if not there yet). The expert, when an operator of the
   * registry, must be accredited.
   */
  public PendingJourneyEvent recordExpertEvaluation(String expert,
      Optional<AssignedOperator> operator, GrowthSelection.Verdict verdict, String summary,
      Instant now) {
    requireOpen();
    if (packageType != PackageType.GROWTH
        || (stage() != Stage.NOMINATED && stage() != Stage.EXPERT_EVALUATION)) {
      throw new BusinessRuleException("stage", "the expert evaluation follows the nomination of a"
          + " growth file; this one is a " + packageType.label() + " file at " + stage());
    }
    if (operator.filter(o -> !o.accredited()).isPresent()) {
      throw new BusinessRuleException("operatorId", operator.get().name()
          + " is not an accredited operator");
    }
    String name = operator.map(AssignedOperator::name).or(() -> clean(expert, "expert"))
        .orElseThrow(() -> new InvalidInputException("expert", "is required"));
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    expertEvaluation = Optional.of(new GrowthSelection.ExpertEvaluation(name,
        operator.map(AssignedOperator::operatorId), verdict,
        clean(summary, "summary").orElse(""), at));
    if (stage() == Stage.NOMINATED) {
      enter(Stage.EXPERT_EVALUATION, at);
    }
    return event(STAGE_CHANGED_EVENT, at, "Growth candidate evaluated by an external expert",
        Optional.of("Verdict: " + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + (expertEvaluation.get().summary().isEmpty() ? ""
                : ". " + expertEvaluation.get().summary())));
  }

  private void enter(Stage target, Instant at) {
    StageSpan last = current();
    stageHistory.set(stageHistory.size() - 1,
        new StageSpan(last.stage(), last.since(), Optional.of(at)));
    stageHistory.add(new StageSpan(target, at, Optional.empty()));
  }

  /** Hands the file to another adviser of the pole. */
  public void assignAdviser(Adviser newAdviser) {
    requireOpen();
    adviser = Objects.requireNonNull(newAdviser, "adviser");
  }

  // --- checklist -------------------------------------------------------------------------------

  /**
   * Changes one checklist element: its state and, optionally, the operator delivering it. A
   * co-financed element is delivered only by an accredited operator: it cannot be assigned
   * another, nor be in progress or done without one.
   *
   * @param operator the operator to assign; empty keeps the current one
   */
  public void updateChecklistItem(String code, ChecklistItem.State state,
      Optional<AssignedOperator> operator, Instant now) {
    requireOpen();
    int index = indexOfItem(code);
    ChecklistItem item = checklist.get(index);
    PackageElement element = item.element();
    if (element.coFinanced() && operator.isPresent() && !operator.get().accredited()) {
      throw new BusinessRuleException("operatorId", "\"" + element.label() + "\" is co-financed:"
          + " only an accredited operator can deliver it, and " + operator.get().name()
          + " is not accredited");
    }
    Optional<String> operatorId = operator.map(AssignedOperator::operatorId).or(item::operatorId);
    Optional<String> operatorName = operator.map(AssignedOperator::name).or(item::operatorName);
    if (element.coFinanced() && operatorId.isEmpty()
        && (state == ChecklistItem.State.IN_PROGRESS || state == ChecklistItem.State.DONE)) {
      throw new BusinessRuleException("operatorId", "\"" + element.label() + "\" is co-financed:"
          + " assign an accredited operator before it starts");
    }
    checklist.set(index, new ChecklistItem(element, state, operatorId, operatorName,
        Optional.of(now.truncatedTo(ChronoUnit.MILLIS))));
  }

  private int indexOfItem(String code) {
    for (int i = 0; i < checklist.size(); i++) {
      if (checklist.get(i).element().code().equals(code)) {
        return i;
      }
    }
    throw new NotFoundException("the " + packageType.label() + " has no element " + code);
  }

  // --- sessions and notes ----------------------------------------------------------------------

  /** Records a session held with the company. */
  public Session recordSession(LocalDate heldOn, Session.Kind kind, String summary,
      ConfidentialityLevel level, Adviser author, String authorUsername, Instant now) {
    requireOpen();
    String text = clean(summary, "summary")
        .orElseThrow(() -> new InvalidInputException("summary", "is required"));
    if (heldOn.isBefore(GuidanceClock.day(openedAt)) || heldOn.isAfter(GuidanceClock.day(now))) {
      throw new InvalidInputException("heldOn", "must be between the file's opening ("
          + GuidanceClock.day(openedAt) + ") and today");
    }
    Session session = new Session(UUID.randomUUID().toString(), heldOn, kind, text, level, author,
        authorUsername, now.truncatedTo(ChronoUnit.MILLIS));
    sessions.add(session);
    return session;
  }

  /** Adds a note. Notes can be added to a closed file too (what happened afterwards). */
  public Note addNote(String text, ConfidentialityLevel level,
      Adviser author, String authorUsername, Instant now) {
    String clean = clean(text, "text")
        .orElseThrow(() -> new InvalidInputException("text", "is required"));
    Note added = new Note(UUID.randomUUID().toString(), clean, level, author, authorUsername,
        now.truncatedTo(ChronoUnit.MILLIS));
    notes.add(added);
    return added;
  }

  // --- follow-ups ------------------------------------------------------------------------------

  /**
   * Schedules a follow-up of a kind the package has.
   *
   * @throws BusinessRuleException when the package has no such follow-up, or one of that kind is
   *     already pending
   */
  public FollowUp scheduleFollowUp(FollowUp.Kind kind, LocalDate dueOn) {
    requireOpen();
    if (!packageType.followUpKinds().contains(kind)) {
      throw new BusinessRuleException("kind", "the " + packageType.label() + " has "
          + (packageType.followUpKinds().isEmpty() ? "no scheduled follow-ups"
              : "only " + packageType.followUpKinds() + " follow-ups"));
    }
    if (followUps.stream().anyMatch(f -> f.kind() == kind && f.isPending())) {
      throw new BusinessRuleException("kind", "a " + kind + " follow-up is already scheduled;"
          + " record it or let it be rescheduled");
    }
    FollowUp followUp = newFollowUp(kind, dueOn);
    followUps.add(followUp);
    return followUp;
  }

  /**
   * Records a pending follow-up as held and schedules the next one of the same kind a quarter
   * after the one held was due (the quarterly rhythm holds even when one is late).
   *
   * @return the journey event "guidance.follow_up.held"
   */
  public PendingJourneyEvent recordFollowUp(String followUpId, LocalDate heldOn, String summary,
      Instant now) {
    requireOpen();
    int index = -1;
    for (int i = 0; i < followUps.size(); i++) {
      if (followUps.get(i).followUpId().equals(followUpId)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new NotFoundException("no follow-up " + followUpId + " on guidance file " + fileId);
    }
    FollowUp due = followUps.get(index);
    if (!due.isPending()) {
      throw new BusinessRuleException("followUpId", "the follow-up was already "
          + (due.cancelled() ? "cancelled" : "held on " + due.heldOn().get()));
    }
    if (heldOn.isAfter(GuidanceClock.day(now))) {
      throw new InvalidInputException("heldOn", "cannot be in the future");
    }
    Optional<String> text = clean(summary, "summary");
    followUps.set(index, new FollowUp(due.followUpId(), due.kind(), due.dueOn(),
        Optional.of(heldOn), text.orElse(""), false));
    followUps.add(newFollowUp(due.kind(), due.dueOn().plusMonths(FollowUp.MONTHS_BETWEEN)));
    return event(FOLLOW_UP_HELD_EVENT, now.truncatedTo(ChronoUnit.MILLIS),
        due.kind().label() + " held: " + packageType.label(), text);
  }

  private static FollowUp newFollowUp(FollowUp.Kind kind, LocalDate dueOn) {
    return new FollowUp(UUID.randomUUID().toString(), kind, dueOn, Optional.empty(), "", false);
  }

  // --- growth ----------------------------------------------------------------------------------

  /**
   * Promotes a creation-family file to the growth package, keeping its history (stages,
   * sessions, notes, follow-ups held, the former checklist): the file enters the growth
   * workflow at {@link Stage#CANDIDATE}, gets the growth checklist, and asks the CRM for a
   * multidisciplinary team and the Actiris key-account flag.
   *
   * @param conditionsMet the growth package's entry conditions the adviser confirms
   * @return the journey event "guidance.file.promoted"
   */
  public PendingJourneyEvent promoteToGrowth(Set<String> conditionsMet, Instant now) {
    requireOpen();
    if (!packageType.promotableToGrowth()) {
      throw new BusinessRuleException("packageType", "only creation, high-potential starter and"
          + " Atrium 'Open' files are promoted to the growth package, not a "
          + packageType.label() + " file");
    }
    PackageDefinition growth = PackageDefinition.of(PackageType.GROWTH);
    Admission growthAdmission = new Admission(conditionsMet.stream()
        .filter(code -> growth.condition(code).isPresent()).collect(
            java.util.stream.Collectors.toSet()),
        admission.priorityGroups(), admission.fee(), admission.feePaidOn());
    List<EntryCondition> missing = growthAdmission.missing(growth);
    if (!missing.isEmpty()) {
      throw new BusinessRuleException("conditionsMet", "the entry conditions of the growth"
          + " package are not all met: " + missing.stream().map(EntryCondition::code).toList());
    }
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    PackageType from = packageType;
    promotedFrom = Optional.of(from);
    promotedAt = Optional.of(at);
    formerChecklist.clear();
    formerChecklist.addAll(checklist);
    packageType = PackageType.GROWTH;
    admission = growthAdmission;
    checklist = new ArrayList<>(growth.elements().stream().map(ChecklistItem::planned).toList());
    followUps.replaceAll(f -> f.isPending()
        ? new FollowUp(f.followUpId(), f.kind(), f.dueOn(), f.heldOn(), f.summary(), true)
        : f);
    enter(Stage.CANDIDATE, at);
    crmRequests.add(new CrmRequest(CrmRequest.Kind.MULTIDISCIPLINARY_TEAM, at,
        CrmRequest.Status.AWAITING_CRM_API));
    crmRequests.add(new CrmRequest(CrmRequest.Kind.ACTIRIS_KEY_ACCOUNT, at,
        CrmRequest.Status.AWAITING_CRM_API));
    return event(PROMOTED_EVENT, at, "Guidance file promoted from the " + from.label()
        + " to the growth package; multidisciplinary team and Actiris key account requested",
        Optional.empty());
  }

  // --- restart and transfer --------------------------------------------------------------------

  /**
   * Refers the company to the Centre for Enterprises in Difficulty (COM), once per file.
   *
   * @return the journey event "guidance.com_referral.sent"; the reason stays confidential
   */
  public PendingJourneyEvent referToCom(String reason, Instant now) {
    requireOpen();
    if (comReferral.isPresent()) {
      throw new BusinessRuleException("reason", "the company was already referred to the COM on "
          + comReferral.get().referredAt());
    }
    Optional<String> why = clean(reason, "reason");
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    comReferral = Optional.of(new ComReferral(at, why.orElse(""), ComReferral.Status.SENT,
        Optional.empty(), ""));
    return event(COM_REFERRAL_EVENT, at,
        "Referred to the Centre for Enterprises in Difficulty (COM)", why);
  }

  /** Records what the COM did with the referral. */
  public void updateComReferral(ComReferral.Status status, String outcome, Instant now) {
    ComReferral referral = comReferral.orElseThrow(() ->
        new NotFoundException("guidance file " + fileId + " has no COM referral"));
    if (status == ComReferral.Status.SENT) {
      throw new BusinessRuleException("status", "a referral is SENT once; it can become "
          + "ACCEPTED, DECLINED or COMPLETED");
    }
    comReferral = Optional.of(new ComReferral(referral.referredAt(), referral.reason(), status,
        Optional.of(now.truncatedTo(ChronoUnit.MILLIS)),
        clean(outcome, "outcome").orElse(referral.outcome())));
  }

  /** Proposes a counterpart to a transfer file's company. */
  public TransferMatch proposeMatch(TransferMatch.Role role, String counterpartName,
      Optional<EnterpriseNumber> counterpart, Instant now) {
    requireOpen();
    if (packageType != PackageType.TRANSFER) {
      throw new BusinessRuleException("packageType",
          "buyer/seller matching belongs to transfer files");
    }
    String name = clean(counterpartName, "counterpartName")
        .orElseThrow(() -> new InvalidInputException("counterpartName", "is required"));
    if (counterpart.filter(enterpriseNumber::equals).isPresent()) {
      throw new BusinessRuleException("counterpartEnterpriseNumber",
          "a company is not its own counterpart");
    }
    TransferMatch match = new TransferMatch(UUID.randomUUID().toString(), role, name,
        counterpart.map(EnterpriseNumber::value), TransferMatch.Status.PROPOSED,
        now.truncatedTo(ChronoUnit.MILLIS), Optional.empty());
    matches.add(match);
    return match;
  }

  /** Moves a match on (in talks, agreed, dropped). */
  public void updateMatch(String matchId, TransferMatch.Status status, Instant now) {
    requireOpen();
    for (int i = 0; i < matches.size(); i++) {
      TransferMatch m = matches.get(i);
      if (m.matchId().equals(matchId)) {
        if (m.status() == TransferMatch.Status.AGREED || m.status() == TransferMatch.Status.DROPPED) {
          throw new BusinessRuleException("status", "the match is already " + m.status());
        }
        matches.set(i, new TransferMatch(m.matchId(), m.counterpartRole(), m.counterpartName(),
            m.counterpartEnterpriseNumber(), status, m.proposedAt(),
            Optional.of(now.truncatedTo(ChronoUnit.MILLIS))));
        return;
      }
    }
    throw new NotFoundException("no match " + matchId + " on guidance file " + fileId);
  }

  // --- events ----------------------------------------------------------------------------------

  /**
   * The journey event announcing the opening. The headline goes to every partner agency, so it
   * names only the package; the note, if any, travels as confidential detail.
   */
  public PendingJourneyEvent openedEvent() {
    return event(OPENED_EVENT, openedAt, "Guidance file opened: " + packageType.label(), note);
  }

  /** An event of this file: a detail, when there is one, is confidential to the agency. */
  private PendingJourneyEvent event(String type, Instant at, String headline,
      Optional<String> detail) {
    return PendingJourneyEvent.create(enterpriseNumber, agency, type, at,
        JourneyText.headline(headline), adviser.name(), adviser.email(),
        detail.isPresent() ? Confidentiality.CONFIDENTIAL : Confidentiality.SHARED,
        JourneyText.detail(detail.orElse("")), fileId.toString());
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new BusinessRuleException("stage", "guidance file " + fileId + " is closed");
    }
  }

  /** Stripped text, empty when blank; longer than {@link #MAX_NOTE_LENGTH} is refused. */
  static Optional<String> clean(String text, String field) {
    Optional<String> clean = Optional.ofNullable(text).map(String::strip).filter(n -> !n.isEmpty());
    if (clean.filter(n -> n.length() > MAX_NOTE_LENGTH).isPresent()) {
      throw new InvalidInputException(field, "must be at most " + MAX_NOTE_LENGTH + " characters");
    }
    return clean;
  }

  /** An operator being assigned to a checklist element, with its accreditation on that day. */
  public record AssignedOperator(String operatorId, String name, boolean accredited) {}
}
