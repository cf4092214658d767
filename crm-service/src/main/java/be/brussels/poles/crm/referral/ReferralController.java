package be.brussels.poles.crm.referral;

import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: send referrals, move them along the loop, inboxes and overdue lists. */
@RestController
public class ReferralController {

  private final Referrals referrals;
  private final Clock clock;

  public ReferralController(Referrals referrals, Clock clock) {
    this.referrals = referrals;
    this.clock = clock;
  }

  /** {@code {toAgency, reason}}: refers the company from the caller's agency. */
  @PostMapping(path = "/companies/{number}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ReferralResource> send(@PathVariable String number,
      @RequestBody SendBody body) {
    EnterpriseNumber company = EnterpriseNumber.parse(number, "enterpriseNumber");
    List<FieldViolation> violations = new ArrayList<>();
    Agency to = QueryParams.enumValue(Agency.class, body.toAgency(), "toAgency", violations)
        .orElse(null);
    InputChecks.throwIfAny(violations);
    Referral referral = referrals.send(CurrentCaller.get(), company, to, body.reason());
    return ResponseEntity.created(URI.create("/referrals/" + referral.referralId()))
        .body(ReferralResource.of(referral, clock.instant()));
  }

  @GetMapping(path = "/referrals/{referralId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ReferralResource get(@PathVariable String referralId) {
    return ReferralResource.of(referrals.get(CurrentCaller.get(), referralId, ReadPath.DETAIL),
        clock.instant());
  }

  /**
   * {@code {state, version, note, outcomeCode, fileReference}}: moves the referral on;
   * {@code version} as read (409 when stale).
   */
  @PostMapping(path = "/referrals/{referralId}/transitions",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ReferralResource move(@PathVariable String referralId, @RequestBody MoveBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    ReferralState state = QueryParams.enumValue(ReferralState.class, body.state(), "state",
        violations).orElse(null);
    if (state == null && body.state() == null) {
      violations.add(new FieldViolation("state", "is required"));
    }
    OutcomeCode code = QueryParams.enumValue(OutcomeCode.class, body.outcomeCode(),
        "outcomeCode", violations).orElse(null);
    if (body.version() == null || body.version() < 1) {
      violations.add(new FieldViolation("version", "is required: the version as read"));
    }
    InputChecks.throwIfAny(violations);
    return ReferralResource.of(referrals.move(CurrentCaller.get(), referralId,
        new Referrals.Move(state, body.version(), body.note(), code, body.fileReference())),
        clock.instant());
  }

  /**
   * {@code GET /referrals?inbox=AGENCY|MINE|ALL&overdue=true&state=SENT&state=RECEIVED
   * &company=&sort=newest|oldest&page=&size=}.
   */
  @GetMapping(path = "/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<ReferralResource> inbox(@RequestParam(required = false) String inbox,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) List<String> state,
      @RequestParam(required = false) String company,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Referrals.Inbox which = QueryParams.enumValue(Referrals.Inbox.class, inbox, "inbox",
        violations).orElse(Referrals.Inbox.AGENCY);
    if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
      violations.add(new FieldViolation("overdue", "must be true or false"));
    }
    Set<ReferralState> states = EnumSet.noneOf(ReferralState.class);
    for (String text : state == null ? List.<String>of() : state) {
      QueryParams.enumValue(ReferralState.class, text, "state", violations).ifPresent(states::add);
    }
    Optional<EnterpriseNumber> number = QueryParams.enterpriseNumber(company, "company",
        violations);
    boolean newestFirst = QueryParams.newestFirst(sort, violations);
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    Instant now = clock.instant();
    return referrals.inbox(CurrentCaller.get(), which, "true".equals(overdue), states, number,
        newestFirst, query).map(r -> ReferralResource.of(r, now));
  }

  public record SendBody(String toAgency, String reason) {}

  public record MoveBody(String state, Long version, String note, String outcomeCode,
      String fileReference) {}

  /** A referral in REST answers (only its two agencies ever get one). */
  public record ReferralResource(String referralId, String enterpriseNumber, String fromAgency,
      PersonResource referrer, String toAgency, PersonResource assignee, String reason,
      String state, Instant sentAt, Instant stateSince, Instant dueAt, boolean overdue,
      String agencyToAct, String declineReason, String fileReference, String outcomeCode,
      String outcomeNote, List<TransitionResource> history, long version) {

    static ReferralResource of(Referral r, Instant now) {
      return new ReferralResource(r.referralId(), r.company().value(), r.fromAgency().name(),
          PersonResource.of(r.referrer()), r.toAgency().name(),
          r.assignee().map(PersonResource::of).orElse(null), r.reason(), r.state().name(),
          r.sentAt(), r.stateSince(), r.dueAt().orElse(null), r.overdueAt(now),
          r.agencyToAct().map(Agency::name).orElse(null), r.declineReason().orElse(null),
          r.fileReference().orElse(null), r.outcomeCode().orElse(null),
          r.outcomeNote().orElse(null), r.history().stream().map(t -> new TransitionResource(
              t.state().name(), t.at(), t.agency().name(), t.by(), t.note())).toList(),
          r.version());
    }
  }

  public record PersonResource(String username, String name, String email) {
    static PersonResource of(Referral.Person p) {
      return new PersonResource(p.username(), p.name(), p.email());
    }
  }

  public record TransitionResource(String state, Instant at, String agency, String by,
      String note) {}
}
