package be.brussels.poles.crm.referral;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.access.DataRead;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.journey.JourneyEvent;
import be.brussels.poles.crm.journey.JourneyLog;
import be.brussels.poles.crm.referral.Referral.Person;
import be.brussels.poles.crm.referral.Referral.Transition;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Closed-loop referrals between agencies (1819, the poles, Actiris): the workflow, who may move
 * a referral on, the SLA of each state, inboxes and overdue lists. Detail (reason, decline
 * reason, outcome note) stays with the two agencies; every transition is a journey event whose
 * headline every partner sees and whose detail is confidential.
 */
public final class Referrals {

  public static final String RESOURCE_TYPE = "referral";
  static final int MAX_REASON = 2000;
  static final int MAX_SHORT = 200;

  private final ReferralStore store;
  private final ReferralSla sla;
  private final CrmAccessPolicy policy;
  private final AccessLog accessLog;
  private final JourneyLog journey;
  private final Clock clock;

  public Referrals(ReferralStore store, ReferralSla sla, CrmAccessPolicy policy,
      AccessLog accessLog, JourneyLog journey, Clock clock) {
    this.store = store;
    this.sla = sla;
    this.policy = policy;
    this.accessLog = accessLog;
    this.journey = journey;
    this.clock = clock;
  }

  /** A transition as asked, before any check; which texts matter depends on the target. */
  public record Move(ReferralState target, long expectedVersion, String note,
      OutcomeCode outcomeCode, String fileReference) {}

  /** Sends a company from the caller's agency to {@code to}. */
  public Referral send(Caller caller, EnterpriseNumber company, Agency to, String reason) {
    Agency from = policy.requireCaseWorker(caller, "handle referrals");
    List<FieldViolation> violations = new ArrayList<>();
    if (to == null) {
      violations.add(new FieldViolation("toAgency", "is required"));
    } else if (to == from || to == Agency.STEERING) {
      violations.add(new FieldViolation("toAgency",
          "must be another partner agency (not your own, not the steering committee)"));
    }
    String why = QueryParams.requiredText(reason, "reason", MAX_REASON, violations);
    InputChecks.throwIfAny(violations);
    Instant now = now();
    Referral referral = new Referral(UUID.randomUUID().toString(), company, from,
        person(caller), to, Optional.empty(), why, ReferralState.SENT, now, now,
        sla.dueAt(ReferralState.SENT, now), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(new Transition(ReferralState.SENT, now, from,
            caller.username(), "")), 1);
    store.insert(referral);
    record(referral, from, caller, why);
    return referral;
  }

  /**
   * Moves a referral on. The receiving agency receives, accepts, declines (reason required),
   * starts (optionally naming its file) and reports the outcome (code required); the referrer
   * closes the loop once notified.
   *
   * @throws ConflictException when the referral changed since {@code expectedVersion}
   * @throws BusinessRuleException when the target cannot follow the current state
   */
  public Referral move(Caller caller, String referralId, Move move) {
    Agency agency = policy.requireCaseWorker(caller, "handle referrals");
    Referral current = visible(caller, referralId);
    if (move.target() == null || move.target() == ReferralState.SENT) {
      throw new InvalidInputException("state",
          "must be one of RECEIVED, ACCEPTED, DECLINED, IN_PROGRESS, OUTCOME_REPORTED, CLOSED");
    }
    Agency actor = move.target() == ReferralState.CLOSED ? current.fromAgency()
        : current.toAgency();
    if (agency != actor) {
      throw new AccessDeniedException("only " + actor + " may move this referral to "
          + move.target());
    }
    if (current.version() != move.expectedVersion()) {
      throw new ConflictException("referral " + referralId + " is at version "
          + current.version() + ", not " + move.expectedVersion() + "; reload it and try again");
    }
    if (!move.target().reachableFrom().contains(current.state())) {
      throw new BusinessRuleException("state", "a referral " + current.state()
          + " cannot become " + move.target());
    }
    List<FieldViolation> violations = new ArrayList<>();
    String note = move.note() == null || move.note().isBlank() ? ""
        : QueryParams.requiredText(move.note(), "note", MAX_REASON, violations);
    if (move.target() == ReferralState.DECLINED && note.isEmpty()) {
      violations.add(new FieldViolation("note", "a decline needs its reason"));
    }
    if (move.target() == ReferralState.OUTCOME_REPORTED && move.outcomeCode() == null) {
      violations.add(new FieldViolation("outcomeCode", "is required to report an outcome"));
    }
    String file = move.fileReference() == null || move.fileReference().isBlank() ? null
        : QueryParams.requiredText(move.fileReference(), "fileReference", MAX_SHORT, violations);
    InputChecks.throwIfAny(violations);

    Instant now = now();
    ReferralState target = move.target();
    List<Transition> history = new ArrayList<>(current.history());
    history.add(new Transition(target, now, agency, caller.username(), note));
    Referral changed = new Referral(current.referralId(), current.company(),
        current.fromAgency(), current.referrer(), current.toAgency(),
        target == ReferralState.ACCEPTED ? Optional.of(person(caller)) : current.assignee(),
        current.reason(), target, current.sentAt(), now, sla.dueAt(target, now),
        target == ReferralState.DECLINED ? Optional.of(note) : current.declineReason(),
        target == ReferralState.IN_PROGRESS ? Optional.ofNullable(file) : current.fileReference(),
        target == ReferralState.OUTCOME_REPORTED ? Optional.of(move.outcomeCode().name())
            : current.outcomeCode(),
        target == ReferralState.OUTCOME_REPORTED && !note.isEmpty() ? Optional.of(note)
            : current.outcomeNote(),
        history, current.version() + 1);
    if (!store.replace(changed, current.version())) {
      throw new ConflictException("referral " + referralId
          + " was changed by someone else; reload it and try again");
    }
    record(changed, agency, caller, target == ReferralState.OUTCOME_REPORTED
        ? move.outcomeCode().name() + (note.isEmpty() ? "" : ": " + note) : note);
    return changed;
  }

  /**
   * One referral, for staff of its two agencies (the read of its detail is logged); 404 for
   * anyone else, so that its existence does not leak.
   */
  public Referral get(Caller caller, String referralId, ReadPath path) {
    policy.requireListJourney(caller);
    Referral referral = visible(caller, referralId);
    accessLog.record(caller, path, DataRead.of(RESOURCE_TYPE, referralId, referral.company(),
        referral.fromAgency(), DataCategory.CONFIDENTIAL_DETAIL,
        AccessBasis.ownAgency(caller.requireAgency())));
    return referral;
  }

  /** Which inbox. */
  public enum Inbox {
    /** Referrals the caller's agency must act on (answer, start, report, or close). */
    AGENCY,
    /** Referrals the caller accepted and still holds, or sent and are not closed. */
    MINE,
    /** Every referral of the caller's agency, sent or received, whatever its state. */
    ALL
  }

  /**
   * An inbox of the caller, optionally only overdue referrals or some states, sorted on the time
   * sent. The listing shows the two agencies' own referrals only, so no access log entry: the
   * detail is read by {@link #get}.
   */
  public Page<Referral> inbox(Caller caller, Inbox inbox, boolean overdueOnly,
      Set<ReferralState> states, Optional<EnterpriseNumber> company, boolean newestFirst,
      PageQuery page) {
    policy.requireListJourney(caller);
    Agency agency = caller.requireAgency();
    Optional<Instant> overdue = overdueOnly ? Optional.of(clock.instant()) : Optional.empty();
    Set<ReferralState> wanted = states.isEmpty() ? EnumSet.noneOf(ReferralState.class)
        : EnumSet.copyOf(states);
    ReferralStore.Query query = switch (inbox) {
      case AGENCY -> new ReferralStore.Query(Optional.of(agency), Optional.empty(),
          Optional.empty(), wanted, company, overdue, newestFirst);
      case MINE -> new ReferralStore.Query(Optional.empty(), Optional.of(caller.username()),
          Optional.of(agency), wanted, company, overdue, newestFirst);
      case ALL -> new ReferralStore.Query(Optional.empty(), Optional.empty(),
          Optional.of(agency), wanted, company, overdue, newestFirst);
    };
    return store.find(query, page);
  }

  /** The referral when the caller's agency is one of its two; otherwise not found. */
  private Referral visible(Caller caller, String referralId) {
    Referral referral = store.findById(referralId)
        .orElseThrow(() -> new NotFoundException("no referral " + referralId));
    if (!caller.belongsTo(referral.fromAgency()) && !caller.belongsTo(referral.toAgency())) {
      throw new NotFoundException("no referral " + referralId);
    }
    return referral;
  }

  /**
   * The transition as a journey event of the acting agency: the headline is shared (who sent
   * whom to whom, and where it stands), the detail confidential. The id follows the version, so
   * a retried write records it once.
   */
  private void record(Referral r, Agency actor, Caller caller, String detail) {
    String headline = switch (r.state()) {
      case SENT -> "Referred by " + r.fromAgency() + " to " + r.toAgency();
      case RECEIVED -> r.toAgency() + " received the referral from " + r.fromAgency();
      case ACCEPTED -> r.toAgency() + " accepted the referral from " + r.fromAgency();
      case DECLINED -> r.toAgency() + " declined the referral from " + r.fromAgency();
      case IN_PROGRESS -> r.toAgency() + " started work on the referral from " + r.fromAgency();
      case OUTCOME_REPORTED -> r.toAgency() + " reported the outcome to " + r.fromAgency();
      case CLOSED -> r.fromAgency() + " closed the referral to " + r.toAgency();
    };
    journey.recordOwn(List.of(new JourneyEvent("crm-referral-" + r.referralId() + "-v"
        + r.version(), r.company(), actor, "crm.referral." + r.state().name().toLowerCase(
            java.util.Locale.ROOT), r.stateSince(), headline,
        new JourneyEvent.Contact(caller.displayName(), caller.email()),
        Confidentiality.CONFIDENTIAL, detail, r.referralId())));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Person person(Caller caller) {
    return new Person(caller.username(), caller.displayName(), caller.email());
  }
}
