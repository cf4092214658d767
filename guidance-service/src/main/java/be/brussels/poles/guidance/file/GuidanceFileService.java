package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening, changing and reading guidance files, with access decided on every call. The CRM is
 * asked who the company is (with the user's token), never told inline: journey events leave
 * through the outbox, written with the change in one conditional write (optimistic locking on
 * the version the client read).
 */
public class GuidanceFileService {

  private static final Logger log = LoggerFactory.getLogger(GuidanceFileService.class);
  /** Longest overdue list answered at once. */
  static final int MAX_OVERDUE = 500;

  private final GuidanceFileRepository files;
  private final CrmCompanyDirectory companies;
  private final OperatorDirectory operators;
  private final PackageFees fees;
  private final Clock clock;

  public GuidanceFileService(GuidanceFileRepository files, CrmCompanyDirectory companies,
      OperatorDirectory operators, PackageFees fees, Clock clock) {
    this.files = files;
    this.companies = companies;
    this.operators = operators;
    this.fees = fees;
    this.clock = clock;
  }

  /**
   * Opens a file for the caller's agency, with the caller as adviser. A company the CRM does
   * not know is refused; a CRM that does not answer does not stop the adviser: the file is
   * recorded unverified and the journey event reaches the CRM when it is back.
   */
  public GuidanceFile open(Caller caller, OpenGuidanceFileRequest request) {
    GuidanceFileAccess.requireMayOpen(caller);
    OpenGuidanceFile command = GuidanceFileInput.open(request);
    // refuse a package the agency may not open before bothering the CRM
    GuidanceFile.requireMayOpen(command.packageType(), caller.requireAgency());
    CompanyLookup company = companies.resolve(command.enterpriseNumber());
    String name = "";
    boolean verified = false;
    switch (company.status()) {
      case UNKNOWN:
        throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
      case FOUND:
        name = company.name();
        verified = true;
        break;
      case UNAVAILABLE:
      default:
        log.warn("CRM unavailable: opening an unverified guidance file for {}",
            command.enterpriseNumber());
        break;
    }
    GuidanceFile file = GuidanceFile.open(command.enterpriseNumber(), name, verified,
        command.packageType(), caller.requireAgency(),
        new Adviser(caller.displayName(), caller.email()), command.note(),
        command.priorityGroups(), fees.of(command.packageType()), clock.instant());
    files.insert(file, file.openedEvent());
    return file;
  }

  public GuidanceFile get(Caller caller, UUID fileId) {
    GuidanceFileAccess.requireMayRead(caller);
    return load(fileId);
  }

  public Page<GuidanceFile> list(Caller caller, ListQuery query) {
    GuidanceFileAccess.requireMayRead(caller);
    return files.page(query);
  }

  /** The company's open files for the 360 view: headline data only, for any partner agency. */
  public List<GuidanceFile> openFilesOf(Caller caller, EnterpriseNumber company) {
    if (!GuidanceFileAccess.maySeeSummary(caller)) {
      throw new AccessDeniedException(
          "the caller may not read guidance summaries");
    }
    return files.openFilesOf(company);
  }

  /**
   * The "guidance required" rule: the company's open files (newest first), for the financing
   * pole's service account and for staff (see {@link GuidanceFileAccess#mayCheckOpenFile}).
   */
  public List<GuidanceFile> checkOpenFiles(Caller caller, EnterpriseNumber company) {
    if (!GuidanceFileAccess.mayCheckOpenFile(caller)) {
      throw new AccessDeniedException("the caller may not check for open guidance files");
    }
    return files.openFilesOf(company);
  }

  // --- changes ---------------------------------------------------------------------------------

  public GuidanceFile changeStage(Caller caller, UUID fileId, FileRequests.ChangeStage body) {
    FileRequests.ChangeStage in = require(caller, body);
    Stage target = GuidanceFileInput.required(Stage.class, in.stage(), "stage");
    return change(caller, fileId, in.version(), file ->
        List.of(file.changeStage(target, Optional.ofNullable(in.reason()), clock.instant())));
  }

  public GuidanceFile confirmAdmission(Caller caller, UUID fileId, FileRequests.Admission body) {
    FileRequests.Admission in = require(caller, body);
    Set<String> met = GuidanceFileInput.codes(in.conditionsMet(), "conditionsMet");
    Set<PriorityGroup> groups =
        GuidanceFileInput.enums(PriorityGroup.class, in.priorityGroups(), "priorityGroups");
    return change(caller, fileId, in.version(), file -> {
      file.confirmEntry(met, groups);
      return List.of();
    });
  }

  public GuidanceFile recordFeePaid(Caller caller, UUID fileId, FileRequests.FeePayment body) {
    FileRequests.FeePayment in = require(caller, body);
    LocalDate paidOn = notAfterToday(GuidanceFileInput.day(in.paidOn(), "paidOn", today()),
        "paidOn");
    return change(caller, fileId, in.version(), file -> {
      file.recordFeePaid(paidOn);
      return List.of();
    });
  }

  public GuidanceFile assignAdviser(Caller caller, UUID fileId, FileRequests.AssignAdviser body) {
    FileRequests.AssignAdviser in = require(caller, body);
    String name = GuidanceFile.clean(in.name(), "name")
        .orElseThrow(() -> new InvalidInputException("name", "is required"));
    String email = GuidanceFile.clean(in.email(), "email").orElse("");
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("email", "must be an e-mail address");
    }
    return change(caller, fileId, in.version(), file -> {
      file.assignAdviser(new Adviser(name, email));
      return List.of();
    });
  }

  public GuidanceFile updateChecklistItem(Caller caller, UUID fileId, String code,
      FileRequests.ChecklistItem body) {
    FileRequests.ChecklistItem in = require(caller, body);
    ChecklistItem.State state = GuidanceFileInput.required(ChecklistItem.State.class, in.state(),
        "state");
    Optional<GuidanceFile.AssignedOperator> operator = operator(in.operatorId());
    return change(caller, fileId, in.version(), file -> {
      file.updateChecklistItem(code, state, operator, clock.instant());
      return List.of();
    });
  }

  public GuidanceFile recordSession(Caller caller, UUID fileId, FileRequests.Session body) {
    FileRequests.Session in = require(caller, body);
    LocalDate heldOn = GuidanceFileInput.day(in.heldOn(), "heldOn", today());
    Session.Kind kind = GuidanceFileInput.required(Session.Kind.class, in.kind(), "kind");
    ConfidentialityLevel level = GuidanceFileInput.optional(ConfidentialityLevel.class,
        in.confidentiality(), "confidentiality", ConfidentialityLevel.AGENCY);
    return change(caller, fileId, in.version(), file -> {
      file.recordSession(heldOn, kind, in.summary(), level, author(caller), caller.username(),
          clock.instant());
      return List.of();
    });
  }

  public GuidanceFile addNote(Caller caller, UUID fileId, FileRequests.Note body) {
    FileRequests.Note in = require(caller, body);
    ConfidentialityLevel level = GuidanceFileInput.optional(ConfidentialityLevel.class,
        in.confidentiality(), "confidentiality", ConfidentialityLevel.AGENCY);
    return change(caller, fileId, in.version(), file -> {
      file.addNote(in.text(), level, author(caller), caller.username(), clock.instant());
      return List.of();
    });
  }

  public GuidanceFile scheduleFollowUp(Caller caller, UUID fileId,
      FileRequests.ScheduleFollowUp body) {
    FileRequests.ScheduleFollowUp in = require(caller, body);
    FollowUp.Kind kind = GuidanceFileInput.required(FollowUp.Kind.class, in.kind(), "kind");
    LocalDate dueOn = GuidanceFileInput.day(in.dueOn(), "dueOn", null);
    if (dueOn.isBefore(today())) {
      throw new InvalidInputException("dueOn", "cannot be in the past");
    }
    return change(caller, fileId, in.version(), file -> {
      file.scheduleFollowUp(kind, dueOn);
      return List.of();
    });
  }

  public GuidanceFile recordFollowUp(Caller caller, UUID fileId, String followUpId,
      FileRequests.RecordFollowUp body) {
    FileRequests.RecordFollowUp in = require(caller, body);
    LocalDate heldOn = GuidanceFileInput.day(in.heldOn(), "heldOn", today());
    return change(caller, fileId, in.version(), file ->
        List.of(file.recordFollowUp(followUpId, heldOn, in.summary(), clock.instant())));
  }

  public GuidanceFile promoteToGrowth(Caller caller, UUID fileId, FileRequests.Promotion body) {
    FileRequests.Promotion in = require(caller, body);
    Set<String> met = GuidanceFileInput.codes(in.conditionsMet(), "conditionsMet");
    return change(caller, fileId, in.version(), file ->
        List.of(file.promoteToGrowth(met, clock.instant())));
  }

  public GuidanceFile nominate(Caller caller, UUID fileId, FileRequests.Nomination body) {
    FileRequests.Nomination in = require(caller, body);
    GrowthSelection.NominationSource source = GuidanceFileInput.required(
        GrowthSelection.NominationSource.class, in.source(), "source");
    return change(caller, fileId, in.version(), file ->
        List.of(file.nominate(source, in.nominator(), clock.instant())));
  }

  public GuidanceFile recordExpertEvaluation(Caller caller, UUID fileId,
      FileRequests.ExpertEvaluation body) {
    FileRequests.ExpertEvaluation in = require(caller, body);
    GrowthSelection.Verdict verdict =
        GuidanceFileInput.required(GrowthSelection.Verdict.class, in.verdict(), "verdict");
    Optional<GuidanceFile.AssignedOperator> operator = operator(in.operatorId());
    return change(caller, fileId, in.version(), file -> List.of(file.recordExpertEvaluation(
        in.expert(), operator, verdict, in.summary(), clock.instant())));
  }

  private Optional<GuidanceFile.AssignedOperator> operator(String operatorId) {
    return Optional.ofNullable(operatorId).filter(id -> !id.isBlank())
        .map(id -> operators.find(id.strip(), today()).orElseThrow(() ->
            new BusinessRuleException("operatorId", "no operator " + id + " in the registry")));
  }

  public GuidanceFile referToCom(Caller caller, UUID fileId, FileRequests.ComReferral body) {
    FileRequests.ComReferral in = require(caller, body);
    return change(caller, fileId, in.version(), file ->
        List.of(file.referToCom(in.reason(), clock.instant())));
  }

  public GuidanceFile updateComReferral(Caller caller, UUID fileId,
      FileRequests.ComReferralUpdate body) {
    FileRequests.ComReferralUpdate in = require(caller, body);
    ComReferral.Status status =
        GuidanceFileInput.required(ComReferral.Status.class, in.status(), "status");
    return change(caller, fileId, in.version(), file -> {
      file.updateComReferral(status, in.outcome(), clock.instant());
      return List.of();
    });
  }

  public GuidanceFile proposeMatch(Caller caller, UUID fileId, FileRequests.Match body) {
    FileRequests.Match in = require(caller, body);
    TransferMatch.Role role =
        GuidanceFileInput.required(TransferMatch.Role.class, in.counterpartRole(), "counterpartRole");
    Optional<EnterpriseNumber> counterpart = GuidanceFileInput.enterpriseNumber(
        in.counterpartEnterpriseNumber(), "counterpartEnterpriseNumber");
    return change(caller, fileId, in.version(), file -> {
      file.proposeMatch(role, in.counterpartName(), counterpart, clock.instant());
      return List.of();
    });
  }

  public GuidanceFile updateMatch(Caller caller, UUID fileId, String matchId,
      FileRequests.MatchUpdate body) {
    FileRequests.MatchUpdate in = require(caller, body);
    TransferMatch.Status status =
        GuidanceFileInput.required(TransferMatch.Status.class, in.status(), "status");
    return change(caller, fileId, in.version(), file -> {
      file.updateMatch(matchId, status, clock.instant());
      return List.of();
    });
  }

  // --- follow-ups across files -----------------------------------------------------------------

  /** What became of one file of a collective session. */
  public record CollectiveOutcome(String fileId, String outcome, String detail, Long version) {}

  /** Most files recorded by one collective session. */
  static final int MAX_COLLECTIVE = 100;

  /**
   * Records one collective quarterly session on each file named: its pending collective
   * follow-up is held (and the next one scheduled a quarter later). Each file stands alone: a
   * stale version or a file without a pending collective follow-up is reported, the others are
   * recorded.
   */
  public List<CollectiveOutcome> recordCollectiveSession(Caller caller,
      FileRequests.CollectiveSession body) {
    FileRequests.CollectiveSession in = require(caller, body);
    LocalDate heldOn = notAfterToday(GuidanceFileInput.day(in.heldOn(), "heldOn", today()),
        "heldOn");
    List<FileRequests.FileVersion> files = in.files() == null ? List.of() : in.files();
    if (files.isEmpty() || files.size() > MAX_COLLECTIVE) {
      throw new InvalidInputException("files", "must name 1 to " + MAX_COLLECTIVE + " files");
    }
    List<CollectiveOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      FileRequests.FileVersion f = files.get(i);
      UUID fileId = f == null ? null : GuidanceFileInput.fileId(f.fileId());
      try {
        GuidanceFile recorded = change(caller, fileId, f.version(), file -> {
          FollowUp due = file.followUps().stream()
              .filter(u -> u.kind() == FollowUp.Kind.COLLECTIVE_QUARTERLY && u.isPending())
              .findFirst().orElseThrow(() -> new BusinessRuleException("files[]",
                  "no collective quarterly follow-up is scheduled on this file"));
          return List.of(file.recordFollowUp(due.followUpId(), heldOn, in.summary(),
              clock.instant()));
        });
        outcomes.add(new CollectiveOutcome(fileId.toString(), "RECORDED", "", recorded.version()));
      } catch (ConflictException e) {
        outcomes.add(new CollectiveOutcome(fileId.toString(), "CONFLICT", e.getMessage(), null));
      } catch (BusinessRuleException | NotFoundException | AccessDeniedException
          | InvalidInputException e) {
        outcomes.add(new CollectiveOutcome(fileId.toString(), "REFUSED", e.getMessage(), null));
      }
    }
    return outcomes;
  }

  /**
   * Open files with a follow-up overdue today (by the service's clock), most overdue first: the
   * caller's agency's by default, every agency's for a manager or admin asking for all.
   */
  public List<GuidanceFile> overdueFollowUps(Caller caller, boolean allAgencies) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, "guidance files");
    return files.withFollowUpDueBefore(today(), allAgencies ? Optional.empty()
        : Optional.of(agency), MAX_OVERDUE);
  }

  /** Today in Brussels, by the service's clock. */
  public LocalDate today() {
    return GuidanceClock.day(clock.instant());
  }

  public Instant now() {
    return clock.instant();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Loads the file, checks the caller may change it and that the client read the current
   * version, applies the change and stores it with its events; answers the stored file.
   */
  private GuidanceFile change(Caller caller, UUID fileId, Long version,
      Function<GuidanceFile, List<PendingJourneyEvent>> change) {
    GuidanceFileAccess.requireMayRead(caller);
    long expected = GuidanceFileInput.version(version);
    GuidanceFile file = load(fileId);
    GuidanceFileAccess.requireMayChange(caller, file);
    if (file.version() != expected) {
      throw new ConflictException("guidance file " + fileId + " is at version " + file.version()
          + ", not " + expected + ": someone changed it since; reload it and try again");
    }
    List<PendingJourneyEvent> events = new ArrayList<>(change.apply(file));
    files.save(file, events);
    return load(fileId);
  }

  private GuidanceFile load(UUID fileId) {
    return files.findById(fileId)
        .orElseThrow(() -> new NotFoundException("no guidance file " + fileId));
  }

  /** The body, once the caller is known to be guidance staff (a 403 comes before a 400). */
  private static <T> T require(Caller caller, T body) {
    GuidanceFileAccess.requireMayRead(caller);
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    return body;
  }

  private LocalDate notAfterToday(LocalDate day, String field) {
    if (day.isAfter(today())) {
      throw new InvalidInputException(field, "cannot be in the future");
    }
    return day;
  }

  private static Adviser author(Caller caller) {
    return new Adviser(caller.displayName(), caller.email());
  }
}
