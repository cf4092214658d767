package be.brussels.poles.crm.team;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.access.DataRead;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.journey.JourneyEvent;
import be.brussels.poles.crm.journey.JourneyLog;
import be.brussels.poles.crm.team.CompanyTeam.KeyAccount;
import be.brussels.poles.crm.team.CompanyTeam.Member;
import be.brussels.poles.crm.team.CompanyTeam.NeedKind;
import be.brussels.poles.crm.team.CompanyTeam.NeedStatus;
import be.brussels.poles.crm.team.CompanyTeam.RecruitmentNeed;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Multidisciplinary teams and Actiris key accounts. Each pole names its own member (the
 * employment pole's member is Actiris's key-account manager); members are the shared headline
 * every partner agency sees; team membership opens the members' protected data about the
 * company to each other ({@link #openingsFor}). Every change is one version-checked write and a
 * journey event of the CRM.
 */
public final class Teams {

  static final int MAX_TEXT = 200;
  static final int MAX_NEEDS = 200;
  private static final Set<DataCategory> MEMBER_CATEGORIES = Set.of(DataCategory.values());

  private final TeamStore store;
  private final CrmAccessPolicy policy;
  private final AccessGrants grants;
  private final AccessLog accessLog;
  private final JourneyLog journey;
  private final Clock clock;

  public Teams(TeamStore store, CrmAccessPolicy policy, AccessGrants grants, AccessLog accessLog,
      JourneyLog journey, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.grants = grants;
    this.accessLog = accessLog;
    this.journey = journey;
    this.clock = clock;
  }

  /** A team as one reader may see it. */
  public record TeamView(CompanyTeam team, boolean recruitmentRedacted) {}

  /** What Actiris records, before any check. */
  public record NewNeed(NeedKind kind, String title, Integer positions, Integer candidates,
      LocalDate date) {}

  /**
   * The company's team for a partner agency's staff member: members always; recruitment needs
   * only for Actiris, team members and agencies holding a recruitment grant from Actiris (logged),
   * otherwise redacted.
   */
  public TeamView view(Caller reader, EnterpriseNumber company, ReadPath path) {
    policy.requireListJourney(reader);
    CompanyTeam team = store.find(company).orElseGet(() -> CompanyTeam.empty(company));
    if (team.recruitmentNeeds().isEmpty()) {
      return new TeamView(team, false);
    }
    DetailGrants held = grants.grantsFor(reader, company, clock.instant());
    Optional<AccessBasis> basis = policy.protectedDataBasis(reader, Agency.ACTIRIS,
        DataCategory.RECRUITMENT, held);
    if (basis.isEmpty()) {
      return new TeamView(new CompanyTeam(company, team.members(), team.keyAccount(), List.of(),
          team.version()), true);
    }
    accessLog.record(reader, path, team.recruitmentNeeds().stream()
        .map(n -> DataRead.of("recruitment-need", n.needId(), company, Agency.ACTIRIS,
            DataCategory.RECRUITMENT, basis.get())).toList());
    return new TeamView(team, false);
  }

  /**
   * Names the caller's pole's member of the team (replacing the previous one).
   *
   * @param expectedVersion the team's version as read (0 when it had none)
   */
  public CompanyTeam assignMember(Caller caller, EnterpriseNumber company, String username,
      String name, String email, long expectedVersion) {
    Agency agency = policy.requireCaseWorker(caller, "name team members");
    if (agency == Agency.ACTIRIS && !caller.hasAnyRole(Role.KAM, Role.MANAGER)) {
      throw new AccessDeniedException("Actiris's member is its key-account manager: "
          + "assigned by a kam or a manager");
    }
    List<FieldViolation> violations = new ArrayList<>();
    String user = QueryParams.requiredText(username, "username", MAX_TEXT, violations);
    String display = QueryParams.requiredText(name, "name", MAX_TEXT, violations);
    String mail = email == null || email.isBlank() ? "" : QueryParams.requiredText(email, "email", MAX_TEXT, violations);
    if (mail != null && !mail.isEmpty() && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      violations.add(new FieldViolation("email", "must be an e-mail address"));
    }
    InputChecks.throwIfAny(violations);
    CompanyTeam team = current(company, expectedVersion);
    Instant now = now();
    Map<Agency.Pole, Member> members = new EnumMap<>(Agency.Pole.class);
    members.putAll(team.members());
    members.put(agency.pole(), new Member(agency, user, display, mail, now, caller.username()));
    CompanyTeam changed = new CompanyTeam(company, members, team.keyAccount(),
        team.recruitmentNeeds(), team.version());
    save(changed);
    record(changed, agency, "crm.team.member_assigned",
        display + " (" + agency.name() + ") joined the company's team", caller, now,
        Confidentiality.SHARED, "");
    return withNextVersion(changed);
  }

  /** Flags or unflags the company as an Actiris key account (Actiris kam or manager). */
  public CompanyTeam setKeyAccount(Caller caller, EnterpriseNumber company, boolean keyAccount,
      long expectedVersion) {
    requireActirisKam(caller);
    CompanyTeam team = current(company, expectedVersion);
    if (team.keyAccount().isPresent() == keyAccount) {
      return team;
    }
    Instant now = now();
    CompanyTeam changed = new CompanyTeam(company, team.members(),
        keyAccount ? Optional.of(new KeyAccount(now, caller.username())) : Optional.empty(),
        team.recruitmentNeeds(), team.version());
    save(changed);
    record(changed, Agency.ACTIRIS, keyAccount ? "crm.keyaccount.flagged"
        : "crm.keyaccount.unflagged", keyAccount ? "Flagged as an Actiris key account"
        : "No longer an Actiris key account", caller, now, Confidentiality.SHARED, "");
    return withNextVersion(changed);
  }

  /** Records a recruitment need of a key account (Actiris kam or manager). */
  public CompanyTeam addRecruitmentNeed(Caller caller, EnterpriseNumber company, NewNeed need,
      long expectedVersion) {
    requireActirisKam(caller);
    List<FieldViolation> violations = new ArrayList<>();
    if (need.kind() == null) {
      violations.add(new FieldViolation("kind", "must be one of VACANCY, PRESELECTION, JOB_DATING"));
    }
    String title = QueryParams.requiredText(need.title(), "title", MAX_TEXT, violations);
    int positions = count(need.positions(), "positions", 1, violations);
    int candidates = need.candidates() == null ? 0
        : count(need.candidates(), "candidates", 0, violations);
    if (need.date() == null) {
      violations.add(new FieldViolation("date", "is required (2026-03-02)"));
    }
    InputChecks.throwIfAny(violations);
    CompanyTeam team = current(company, expectedVersion);
    if (team.keyAccount().isEmpty()) {
      throw new BusinessRuleException("enterpriseNumber",
          "recruitment needs are recorded for key accounts; flag the company first");
    }
    if (team.recruitmentNeeds().size() >= MAX_NEEDS) {
      throw new BusinessRuleException("enterpriseNumber",
          "a company holds at most " + MAX_NEEDS + " recruitment needs");
    }
    Instant now = now();
    List<RecruitmentNeed> needs = new ArrayList<>(team.recruitmentNeeds());
    needs.add(new RecruitmentNeed(UUID.randomUUID().toString(), need.kind(), title, positions,
        candidates, need.date(), NeedStatus.OPEN, now, caller.username()));
    CompanyTeam changed = new CompanyTeam(company, team.members(), team.keyAccount(), needs,
        team.version());
    save(changed);
    record(changed, Agency.ACTIRIS, "employment.recruitment.recorded",
        "Recruitment need recorded", caller, now, Confidentiality.CONFIDENTIAL,
        need.kind() + ": " + title + " (" + positions + " position(s))");
    return withNextVersion(changed);
  }

  /**
   * The key-account portfolio: Actiris staff only; {@code mine} narrows it to the caller's own
   * accounts as KAM.
   */
  public Page<CompanyTeam> portfolio(Caller caller, boolean mine, PageQuery page) {
    if (!caller.isStaff() || !caller.belongsTo(Agency.ACTIRIS)) {
      throw new AccessDeniedException("the key-account portfolio is Actiris's");
    }
    return store.keyAccounts(mine ? Optional.of(caller.username()) : Optional.empty(), page);
  }

  /**
   * What team membership opens to {@code reader}: when the reader is the member of their pole on
   * the company's team, every other member agency's protected data about the company.
   */
  public static DetailGrants openingsFor(Optional<CompanyTeam> team, Caller reader) {
    if (team.isEmpty() || reader.agency().isEmpty()) {
      return DetailGrants.none();
    }
    Optional<Member> self = team.get().memberNamed(reader.username())
        .filter(m -> reader.belongsTo(m.agency()));
    if (self.isEmpty()) {
      return DetailGrants.none();
    }
    AccessBasis basis = new AccessBasis(AccessBasis.Kind.TEAM_MEMBERSHIP,
        "team:" + team.get().company().value(), "multidisciplinary team follow-up",
        "public task of the partner agencies (SBA measure 54 B)");
    return new DetailGrants(team.get().members().values().stream()
        .filter(m -> m.agency() != self.get().agency())
        .map(m -> new DetailGrants.Opening(m.agency(), MEMBER_CATEGORIES, basis)).toList());
  }

  private CompanyTeam current(EnterpriseNumber company, long expectedVersion) {
    CompanyTeam team = store.find(company).orElseGet(() -> CompanyTeam.empty(company));
    if (team.version() != expectedVersion) {
      throw new ConflictException("the team of " + company + " is at version " + team.version()
          + ", not " + expectedVersion + "; reload it and try again");
    }
    return team;
  }

  private void save(CompanyTeam changed) {
    if (!store.save(changed)) {
      throw new ConflictException("the team of " + changed.company()
          + " was changed by someone else; reload it and try again");
    }
  }

  private static CompanyTeam withNextVersion(CompanyTeam t) {
    return new CompanyTeam(t.company(), t.members(), t.keyAccount(), t.recruitmentNeeds(),
        t.version() + 1);
  }

  /** The event id follows the team's version, so a retried change cannot record it twice. */
  private void record(CompanyTeam team, Agency agency, String type, String headline,
      Caller caller, Instant at, Confidentiality level, String detail) {
    journey.recordOwn(List.of(new JourneyEvent("crm-team-" + team.company().value() + "-v"
        + (team.version() + 1), team.company(), agency, type, at, headline,
        new JourneyEvent.Contact(caller.displayName(), caller.email()), level, detail,
        "team:" + team.company().value())));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }



  private static void requireActirisKam(Caller caller) {
    if (!caller.isStaff() || !caller.belongsTo(Agency.ACTIRIS)
        || !caller.hasAnyRole(Role.KAM, Role.MANAGER)) {
      throw new AccessDeniedException("only Actiris key-account managers and managers do this");
    }
  }



  private static int count(Integer value, String field, int min,
      List<FieldViolation> violations) {
    if (value == null || value < min || value > 10_000) {
      violations.add(new FieldViolation(field, "must be from " + min + " to 10000"));
      return min;
    }
    return value;
  }
}
