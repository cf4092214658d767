package be.brussels.poles.housing.request;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What premises a company needs, recorded by a citydev.brussels officer: the unit type, a surface
 * range, where, from when and (confidential detail) the most it can pay a month. Matching it
 * against the inventory is issue 6. Free of Spring, gRPC and the database driver.
 */
public final class LocationRequest {

  /** A generous ceiling that still catches a misplaced decimal point or a yearly figure. */
  public static final Money MAX_MONTHLY_BUDGET = Money.euros("1000000.00");
  /** How far ahead a company may plan. */
  public static final Period LONGEST_LEAD = Period.ofYears(5);
  /** A request typed in the morning for "yesterday" is still accepted. */
  public static final Period GRACE = Period.ofDays(1);

  private final UUID requestId;
  private final EnterpriseNumber enterpriseNumber;
  private final String companyName;
  private final boolean companyVerified;
  private final UnitType unitType;
  private final SurfaceRange surface;
  private final Money maxMonthlyBudget;
  private final List<Commune> communes;
  private final LocalDate wantedFrom;
  private final Agency agency;
  private final Officer officer;
  private final RequestStage stage;
  private final Instant requestedAt;
  private final long version;
  private final RequestDetails details;
  private final List<RequestStep> steps;

  private LocationRequest(UUID requestId, EnterpriseNumber enterpriseNumber, String companyName,
      boolean companyVerified, UnitType unitType, SurfaceRange surface, Money maxMonthlyBudget,
      List<Commune> communes, LocalDate wantedFrom, Agency agency, Officer officer,
      RequestStage stage, Instant requestedAt, long version, RequestDetails details,
      List<RequestStep> steps) {
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.enterpriseNumber = Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    this.companyName = Objects.requireNonNullElse(companyName, "");
    this.companyVerified = companyVerified;
    this.unitType = Objects.requireNonNull(unitType, "unitType");
    this.surface = Objects.requireNonNull(surface, "surface");
    this.maxMonthlyBudget = maxMonthlyBudget;
    this.communes = List.copyOf(communes);
    this.wantedFrom = Objects.requireNonNull(wantedFrom, "wantedFrom");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.officer = Objects.requireNonNull(officer, "officer");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    this.version = version;
    this.details = Objects.requireNonNull(details, "details");
    this.steps = List.copyOf(steps);
  }

  /**
   * Records a new request at stage OPEN, version 1.
   *
   * @param maxMonthlyBudget the most the company can pay a month, or null when it did not say
   * @param communes where it wants to be, none meaning anywhere in the region
   * @param today the date in Brussels, for the {@code wantedFrom} window
   * @throws AccessDeniedException when {@code agency} is not the housing pole's
   * @throws InvalidInputException when the budget, communes or date break their rule
   */
  public static LocationRequest record(UUID requestId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, UnitType unitType, SurfaceRange surface,
      Money maxMonthlyBudget, List<Commune> communes, LocalDate wantedFrom, LocalDate today,
      Agency agency, Officer officer, Instant requestedAt) {
    requireHandledBy(agency);
    List<FieldViolation> violations = new ArrayList<>();
    if (maxMonthlyBudget != null) {
      checkMonthlyBudget(maxMonthlyBudget, "maxMonthlyBudget").ifPresent(violations::add);
    }
    violations.addAll(checkCommunes(communes, "communes"));
    checkWantedFrom(wantedFrom, today, "wantedFrom").ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new LocationRequest(requestId, enterpriseNumber, companyName, companyVerified, unitType,
        surface, maxMonthlyBudget, communes, wantedFrom, agency, officer, RequestStage.OPEN,
        requestedAt, 1, RequestDetails.NONE, List.of());
  }

  /** Rebuilds a request as stored; the rules were checked when it was recorded. */
  public static LocationRequest restore(UUID requestId, EnterpriseNumber enterpriseNumber,
      String companyName, boolean companyVerified, UnitType unitType, SurfaceRange surface,
      Money maxMonthlyBudget, List<Commune> communes, LocalDate wantedFrom, Agency agency,
      Officer officer, RequestStage stage, Instant requestedAt, long version) {
    return new LocationRequest(requestId, enterpriseNumber, companyName, companyVerified, unitType,
        surface, maxMonthlyBudget, communes, wantedFrom, agency, officer, stage, requestedAt,
        version, RequestDetails.NONE, List.of());
  }

  /** The same request with its sector, special needs and referral; checked by the caller. */
  public LocationRequest withDetails(RequestDetails newDetails) {
    return new LocationRequest(requestId, enterpriseNumber, companyName, companyVerified,
        unitType, surface, maxMonthlyBudget, communes, wantedFrom, agency, officer, stage,
        requestedAt, version, newDetails, steps);
  }

  /** The same request with its workflow steps as stored. */
  public LocationRequest withSteps(List<RequestStep> storedSteps) {
    return new LocationRequest(requestId, enterpriseNumber, companyName, companyVerified,
        unitType, surface, maxMonthlyBudget, communes, wantedFrom, agency, officer, stage,
        requestedAt, version, details, storedSteps);
  }

  // ---- the matching workflow: propose -> visit -> offer -> accepted / declined -> lease -----

  /** The most units proposed at once. */
  public static final int MAX_PROPOSED = 10;

  /**
   * Proposes units (replacing any earlier proposal).
   *
   * @throws BusinessRuleException when the request is past proposing
   */
  public LocationRequest propose(List<UUID> unitIds, Officer by, Instant at) {
    requireStage("propose units", RequestStage.OPEN, RequestStage.UNITS_PROPOSED,
        RequestStage.VISIT_PLANNED);
    if (unitIds.isEmpty() || unitIds.size() > MAX_PROPOSED) {
      throw new InvalidInputException("unitIds", "must hold 1 to " + MAX_PROPOSED + " units");
    }
    if (Set.copyOf(unitIds).size() != unitIds.size()) {
      throw new InvalidInputException("unitIds", "must not repeat a unit");
    }
    return step(new RequestStep(StepKind.UNITS_PROPOSED, unitIds, null, null, "", null, by, at));
  }

  /** Plans a visit of a proposed unit, today or later. */
  public LocationRequest planVisit(UUID unitId, LocalDate on, LocalDate today, Officer by,
      Instant at) {
    requireStage("plan a visit", RequestStage.UNITS_PROPOSED, RequestStage.VISIT_PLANNED);
    requireProposed(unitId);
    if (on.isBefore(today)) {
      throw new InvalidInputException("visitOn", "must be " + today + " or later");
    }
    return step(new RequestStep(StepKind.VISIT_PLANNED, List.of(unitId), on, null, "", null, by,
        at));
  }

  /** Offers a proposed unit at a monthly rent. */
  public LocationRequest offer(UUID unitId, Money monthlyRent, Officer by, Instant at) {
    requireStage("make an offer", RequestStage.UNITS_PROPOSED, RequestStage.VISIT_PLANNED);
    requireProposed(unitId);
    checkMonthlyBudget(monthlyRent, "monthlyRent").ifPresent(v -> {
      throw new InvalidInputException(List.of(v));
    });
    return step(new RequestStep(StepKind.OFFER_MADE, List.of(unitId), null, monthlyRent, "",
        null, by, at));
  }

  /** The company accepted the offer; the lease is drawn up next. */
  public LocationRequest accept(Officer by, Instant at) {
    requireStage("accept the offer", RequestStage.OFFER_MADE);
    return step(new RequestStep(StepKind.OFFER_ACCEPTED, offeredUnit().orElseThrow(), null,
        null, "", null, by, at));
  }

  /** The company (or the pole) declines, with a reason; final. */
  public LocationRequest decline(String reason, Officer by, Instant at) {
    if (!stage.isOpen()) {
      throw new BusinessRuleException("step", "cannot decline a request at stage " + stage);
    }
    return step(new RequestStep(StepKind.DECLINED, List.of(), null, null, reason, null, by, at));
  }

  /** The lease of the accepted offer was signed: the need is met. */
  public LocationRequest leased(UUID unitId, UUID leaseId, Officer by, Instant at) {
    requireStage("record the lease", RequestStage.OFFER_ACCEPTED);
    if (!offeredUnit().orElseThrow().contains(unitId)) {
      throw new BusinessRuleException("unitId", "is not the unit of the accepted offer");
    }
    return step(new RequestStep(StepKind.LEASED, List.of(unitId), null, null, "", leaseId, by,
        at));
  }

  /** The units of the latest proposal. */
  public List<UUID> proposedUnits() {
    return latest(StepKind.UNITS_PROPOSED).map(RequestStep::unitIds).orElse(List.of());
  }

  /** The step of the latest offer, if any. */
  public Optional<RequestStep> latestOffer() {
    return latest(StepKind.OFFER_MADE);
  }

  private Optional<List<UUID>> offeredUnit() {
    return latestOffer().map(RequestStep::unitIds);
  }

  private Optional<RequestStep> latest(StepKind kind) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).kind() == kind) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }

  private void requireProposed(UUID unitId) {
    if (!proposedUnits().contains(unitId)) {
      throw new BusinessRuleException("unitId", "was not proposed for this request");
    }
  }

  private void requireStage(String what, RequestStage... allowed) {
    for (RequestStage candidate : allowed) {
      if (stage == candidate) {
        return;
      }
    }
    throw new BusinessRuleException("step", "cannot " + what + " at stage " + stage);
  }

  private LocationRequest step(RequestStep step) {
    List<RequestStep> all = new ArrayList<>(steps);
    all.add(step);
    return new LocationRequest(requestId, enterpriseNumber, companyName, companyVerified,
        unitType, surface, maxMonthlyBudget, communes, wantedFrom, agency, officer,
        step.kind().stage(), requestedAt, version, details, all);
  }

  /** The workflow so far, oldest first: the audit of every decision on the request. */
  public List<RequestStep> steps() {
    return steps;
  }

  /** The latest step, if any. */
  public Optional<RequestStep> lastStep() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }

  public RequestDetails details() {
    return details;
  }

  /** Only the housing pole (citydev.brussels) records location requests. */
  public static void requireHandledBy(Agency agency) {
    if (agency.pole() != Agency.Pole.HOUSING) {
      throw new AccessDeniedException(agency + " does not record location requests");
    }
  }

  /** In euros, more than zero, at most {@link #MAX_MONTHLY_BUDGET}. */
  public static Optional<FieldViolation> checkMonthlyBudget(Money budget, String field) {
    if (!Money.EUR.equals(budget.currencyCode())) {
      return Optional.of(new FieldViolation(field + ".currency", "must be EUR"));
    }
    if (!budget.isPositive()) {
      return Optional.of(new FieldViolation(field + ".value", "must be more than 0"));
    }
    if (budget.isGreaterThan(MAX_MONTHLY_BUDGET)) {
      return Optional.of(new FieldViolation(field + ".value",
          "must be at most " + MAX_MONTHLY_BUDGET.amount().toPlainString()));
    }
    return Optional.empty();
  }

  /** Each commune at most once ({@code communes[2] repeats IXELLES}). */
  public static List<FieldViolation> checkCommunes(List<Commune> communes, String field) {
    List<FieldViolation> violations = new ArrayList<>();
    Set<Commune> seen = EnumSet.noneOf(Commune.class);
    for (int i = 0; i < communes.size(); i++) {
      if (!seen.add(communes.get(i))) {
        violations.add(new FieldViolation(field + "[" + i + "]", "repeats " + communes.get(i)));
      }
    }
    return violations;
  }

  /** From yesterday (Brussels time) to five years ahead. */
  public static Optional<FieldViolation> checkWantedFrom(LocalDate wantedFrom, LocalDate today,
      String field) {
    LocalDate earliest = today.minus(GRACE);
    LocalDate latest = today.plus(LONGEST_LEAD);
    if (wantedFrom.isBefore(earliest)) {
      return Optional.of(new FieldViolation(field, "must be " + earliest + " or later"));
    }
    if (wantedFrom.isAfter(latest)) {
      return Optional.of(new FieldViolation(field, "must be " + latest + " or earlier"));
    }
    return Optional.empty();
  }

  /** True when {@code candidate} owns the request and so reads its confidential detail. */
  public boolean isOwnedBy(Agency candidate) {
    return agency == candidate;
  }

  public UUID requestId() {
    return requestId;
  }

  public EnterpriseNumber enterpriseNumber() {
    return enterpriseNumber;
  }

  /** The CRM's name for the company; empty when recorded while the CRM was unavailable. */
  public String companyName() {
    return companyName;
  }

  public boolean companyVerified() {
    return companyVerified;
  }

  public UnitType unitType() {
    return unitType;
  }

  public SurfaceRange surface() {
    return surface;
  }

  /** Confidential detail; empty when the company gave none. */
  public Optional<Money> maxMonthlyBudget() {
    return Optional.ofNullable(maxMonthlyBudget);
  }

  /** Where the company wants to be; empty means anywhere in the region. */
  public List<Commune> communes() {
    return communes;
  }

  public LocalDate wantedFrom() {
    return wantedFrom;
  }

  /** The owning agency: the recorder's. */
  public Agency agency() {
    return agency;
  }

  public Officer officer() {
    return officer;
  }

  public RequestStage stage() {
    return stage;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  /** Incremented by every stored change; a write based on an older version is refused. */
  public long version() {
    return version;
  }
}
