package be.brussels.poles.guidance.intake;

import be.brussels.poles.guidance.catalogue.SupportCatalogue;
import be.brussels.poles.guidance.catalogue.SupportService;
import be.brussels.poles.guidance.catalogue.Vocabulary;
import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Recording 1819's information and orientation requests, linking the CRM referrals made for
 * them, and counting them. Guidance-pole staff record and read; the question and answer stay
 * in the pole (the journey shows partners a neutral headline).
 */
public class IntakeService {

  private static final Role[] RECORDERS = {Role.INTAKE, Role.ADVISOR, Role.MANAGER, Role.ADMIN};
  private static final String RECORDS = "intake requests";
  /** Most requests counted by one statistics call. */
  static final int MAX_COUNTED = 50_000;

  private final IntakeRepository requests;
  private final CrmCompanyDirectory companies;
  private final CrmReferrals referrals;
  private final SupportCatalogue catalogue;
  private final Clock clock;

  public IntakeService(IntakeRepository requests, CrmCompanyDirectory companies,
      CrmReferrals referrals, SupportCatalogue catalogue, Clock clock) {
    this.requests = requests;
    this.companies = companies;
    this.referrals = referrals;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The body of {@code POST /intake-requests}. */
  public record RecordRequest(String channel, String language, String requesterKind,
      String enterpriseNumber, String contactName, List<String> topics, String question,
      String answer, List<OrientationRequest> orientations) {}

  /** One service proposed: a catalogue id and, when the person is sent there, the agency. */
  public record OrientationRequest(String serviceId, String referToAgency) {}

  /** The body of {@code POST /intake-requests/{id}/orientations/{oid}/referral}. */
  public record LinkReferral(String referralId, Long version) {}

  public IntakeRequest record(Caller caller, RecordRequest body) {
    Agency agency = requireRecorder(caller);
    RecordRequest in = body == null
        ? new RecordRequest(null, null, null, null, null, null, null, null, null) : body;
    List<FieldViolation> violations = new ArrayList<>();
    IntakeRequest.Channel channel =
        InputChecks.enumValue(IntakeRequest.Channel.class, in.channel(), "channel", violations);
    IntakeRequest.Language language =
        InputChecks.enumValue(IntakeRequest.Language.class, in.language(), "language", violations);
    IntakeRequest.RequesterKind kind = InputChecks.enumValue(IntakeRequest.RequesterKind.class,
        in.requesterKind(), "requesterKind", violations);
    Optional<EnterpriseNumber> company = in.enterpriseNumber() == null
        || in.enterpriseNumber().isBlank() ? Optional.empty()
        : Optional.ofNullable(InputChecks.collect(violations,
            () -> EnterpriseNumber.parse(in.enterpriseNumber(), "enterpriseNumber")));
    Set<IntakeRequest.Topic> topics = EnumSet.noneOf(IntakeRequest.Topic.class);
    List<String> topicTexts = in.topics() == null ? List.of() : in.topics();
    for (int i = 0; i < topicTexts.size(); i++) {
      IntakeRequest.Topic topic = InputChecks.enumValue(IntakeRequest.Topic.class,
          topicTexts.get(i), "topics[" + i + "]", violations);
      if (topic != null) {
        topics.add(topic);
      }
    }
    String question = text(in.question(), "question", violations);
    String answer = text(in.answer(), "answer", violations);
    Optional<String> contact = Optional.ofNullable(in.contactName()).map(String::strip)
        .filter(n -> !n.isEmpty());
    if (contact.filter(n -> n.length() > 200).isPresent()) {
      violations.add(new FieldViolation("contactName", "must be at most 200 characters"));
    }
    Vocabulary.Language display = language == IntakeRequest.Language.NL ? Vocabulary.Language.NL
        : language == IntakeRequest.Language.FR ? Vocabulary.Language.FR : Vocabulary.Language.EN;
    List<Orientation.Proposal> proposals = new ArrayList<>();
    List<OrientationRequest> asked = in.orientations() == null ? List.of() : in.orientations();
    for (int i = 0; i < asked.size(); i++) {
      OrientationRequest o = asked.get(i);
      String field = "orientations[" + i + "]";
      if (o == null || o.serviceId() == null || o.serviceId().isBlank()) {
        violations.add(new FieldViolation(field + ".serviceId", "is required"));
        continue;
      }
      Optional<SupportService> service = catalogue.find(o.serviceId().strip());
      if (service.isEmpty()) {
        violations.add(new FieldViolation(field + ".serviceId", "is not in the catalogue"));
        continue;
      }
      Optional<Agency> referTo = Optional.empty();
      if (o.referToAgency() != null && !o.referToAgency().isBlank()) {
        Agency target = InputChecks.enumValue(Agency.class, o.referToAgency(),
            field + ".referToAgency", violations);
        if (target == Agency.STEERING) {
          violations.add(new FieldViolation(field + ".referToAgency",
              "the steering committee receives no referrals"));
        }
        referTo = Optional.ofNullable(target);
      }
      proposals.add(new Orientation.Proposal(service.get().id(), service.get().name().in(display),
          service.get().provider(), referTo));
    }
    InputChecks.throwIfAny(violations);

    String companyName = "";
    boolean known = false;
    if (company.isPresent()) {
      CompanyLookup lookup = companies.resolve(company.get());
      known = lookup.status() != CompanyLookup.Status.UNKNOWN;
      if (lookup.status() == CompanyLookup.Status.FOUND) {
        companyName = lookup.name();
      }
    }
    IntakeRequest request = IntakeRequest.record(clock.instant(), agency, caller.displayName(),
        caller.email(), channel, language, kind, company, companyName, known, contact, topics,
        question, answer, proposals);
    requests.insert(request, request.orientationEvent());
    return request;
  }

  /**
   * Links the CRM referral made for an orientation (sent through the CRM's referral API), after
   * checking with the CRM that it exists, is visible to the caller, and is about this company
   * and the agency the orientation names.
   */
  public IntakeRequest linkReferral(Caller caller, UUID requestId, String orientationId,
      LinkReferral body) {
    Agency agency = requireRecorder(caller);
    if (body == null || body.referralId() == null || body.referralId().isBlank()) {
      throw new InvalidInputException("referralId", "is required");
    }
    if (body.version() == null) {
      throw new InvalidInputException("version", "is required (the version of the request you read)");
    }
    IntakeRequest request = load(requestId);
    if (request.agency() != agency) {
      throw new AccessDeniedException("only staff of " + request.agency()
          + " link referrals to this request");
    }
    if (request.version() != body.version()) {
      throw new ConflictException("intake request " + requestId + " is at version "
          + request.version() + ", not " + body.version() + ": reload it and try again");
    }
    Orientation.CrmReferral referral = referrals.find(body.referralId().strip())
        .orElseThrow(() -> new BusinessRuleException("referralId",
            "is not a referral the CRM shows you"));
    IntakeRequest linked = request.linkReferral(orientationId, referral);
    requests.saveOrientations(linked);
    return load(requestId);
  }

  public IntakeRequest get(Caller caller, UUID requestId) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    return load(requestId);
  }

  public Page<IntakeRequest> list(Caller caller, ListQuery query) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    return requests.page(query);
  }

  /** Counts of the requests received from {@code from} to {@code to} (inclusive days). */
  public IntakeStatistics statistics(Caller caller, LocalDate from, LocalDate to,
      boolean allAgencies) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    Instant start = from.atStartOfDay(be.brussels.poles.guidance.file.GuidanceClock.BRUSSELS).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(be.brussels.poles.guidance.file.GuidanceClock.BRUSSELS)
        .toInstant();
    return IntakeStatistics.of(from, to, requests.receivedBetween(start, end,
        allAgencies ? Optional.empty() : Optional.of(agency), MAX_COUNTED));
  }

  public LocalDate today() {
    return be.brussels.poles.guidance.file.GuidanceClock.day(clock.instant());
  }

  private IntakeRequest load(UUID requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new NotFoundException("no intake request " + requestId));
  }

  private static Agency requireRecorder(Caller caller) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    caller.requireAnyRole(RECORDERS);
    return agency;
  }

  private static String text(String text, String field, List<FieldViolation> violations) {
    String clean = text == null ? "" : text.strip();
    if (clean.length() > IntakeRequest.MAX_TEXT) {
      violations.add(new FieldViolation(field, "must be at most " + IntakeRequest.MAX_TEXT
          + " characters"));
    }
    return clean;
  }
}
