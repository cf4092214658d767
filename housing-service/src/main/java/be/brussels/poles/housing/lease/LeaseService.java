package be.brussels.poles.housing.lease;

import be.brussels.poles.housing.inventory.Lease;
import be.brussels.poles.housing.inventory.LeaseKind;
import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.inventory.UnitRepository;
import be.brussels.poles.housing.request.HousingAccess;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Signs and ends leases. The overlap check and the write are one update of the unit's document,
 * conditional on the version the check read: of two staff leasing one unit at the same time for
 * overlapping periods, one succeeds and the other gets a 409 (or, once it reloads, a 422 naming
 * the lease in the way).
 */
@Service
public class LeaseService {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  /** How long before a lease ends the guidance pole is told. */
  public static final Period ENDING_NOTICE = Period.ofDays(90);
  private static final Logger log = LoggerFactory.getLogger(LeaseService.class);

  private final UnitRepository units;
  private final CrmCompanyDirectory crm;
  private final Clock clock;

  public LeaseService(UnitRepository units, CrmCompanyDirectory crm, Clock clock) {
    this.units = units;
    this.crm = crm;
    this.clock = clock;
  }

  /** What a signed lease is, on which unit. */
  public record Signed(Unit unit, Lease lease) {}

  /**
   * Signs a lease of a unit.
   *
   * @param expectedVersion the unit version the client read (If-Match), if it sent one
   * @param extraEvents events the lease causes elsewhere in the same write (none usually)
   */
  public Signed sign(Caller caller, UUID unitId, OptionalLong expectedVersion, NewLease input,
      PendingJourneyEvent... extraEvents) {
    Agency agency = input.kind() == LeaseKind.BIE_INVESTOR_OFFICE
        ? HousingAccess.requireMayAllocateBieOffice(caller)
        : HousingAccess.requireMayRecord(caller, "leases");
    Unit unit = unit(unitId);
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != unit.version()) {
      throw stale(unit, expectedVersion.getAsLong());
    }
    if (input.kind() == LeaseKind.BIE_INVESTOR_OFFICE) {
      requireFirstBieOffice(input.enterpriseNumber());
    }
    CompanyLookup company = crm.resolve(input.enterpriseNumber());
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    Lease lease = new Lease(UUID.randomUUID(), input.enterpriseNumber(), company.name(),
        input.kind(), input.start(), input.end(), input.monthlyRent(), input.requestId(),
        officer(caller), now(), false, false);
    Unit leased = unit.withLease(lease);
    List<PendingJourneyEvent> events = new ArrayList<>(List.of(
        LeaseJourney.signed(leased, lease, agency)));
    events.addAll(List.of(extraEvents));
    long version = units.saveLeases(leased, events.toArray(PendingJourneyEvent[]::new));
    log.info("lease {} of unit {} signed for {} by {} (unit version {})", lease.leaseId(),
        unitId, lease.enterpriseNumber(), caller.username(), version);
    return new Signed(unit(unitId), lease);
  }

  /**
   * The free BIE office is offered once per investor. Checked across units before the write
   * (two units are two documents), which is enough for an allocation made by one BIE adviser
   * per investor; the unit write itself stays conditional.
   */
  private void requireFirstBieOffice(EnterpriseNumber company) {
    for (Unit held : units.leasedBy(company)) {
      for (Lease lease : held.leases()) {
        if (lease.enterpriseNumber().equals(company)
            && lease.kind() == LeaseKind.BIE_INVESTOR_OFFICE) {
          throw new BusinessRuleException("enterpriseNumber", "already had its free BIE office ("
              + held.siteName() + ", " + lease.start() + " to " + lease.end()
              + "); it is offered once per investor");
        }
      }
    }
  }

  /** Ends a lease early; {@code lastDay} becomes its last day. */
  public Signed terminate(Caller caller, UUID unitId, UUID leaseId, OptionalLong expectedVersion,
      LocalDate lastDay) {
    Agency agency = HousingAccess.requireMayRecord(caller, "leases");
    Unit unit = unit(unitId);
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != unit.version()) {
      throw stale(unit, expectedVersion.getAsLong());
    }
    Lease lease = unit.lease(leaseId);
    if (lease.terminated()) {
      throw new BusinessRuleException("leaseId", "was already terminated on " + lease.end());
    }
    Unit changed = unit.withLeaseTerminated(leaseId, lastDay);
    Lease ended = changed.lease(leaseId);
    units.saveLeases(changed,
        LeaseJourney.terminated(changed, ended, agency, officer(caller), now()));
    log.info("lease {} of unit {} terminated as of {} by {}", leaseId, unitId, lastDay,
        caller.username());
    return new Signed(unit(unitId), ended);
  }

  /** Leases newest first (by start), of one company or all; housing-pole staff only. */
  public Page<Signed> list(Caller caller, ListQuery query) {
    HousingAccess.requireMayRead(caller, "leases");
    List<Unit> pool = query.enterpriseNumber().map(units::leasedBy).orElseGet(units::withLeases);
    List<Signed> all = new ArrayList<>();
    for (Unit unit : pool) {
      for (Lease lease : unit.leases()) {
        if (query.enterpriseNumber().map(lease.enterpriseNumber()::equals).orElse(true)) {
          all.add(new Signed(unit, lease));
        }
      }
    }
    all.sort(Comparator.comparing((Signed s) -> s.lease().start()).reversed()
        .thenComparing(s -> s.lease().leaseId()));
    int from = Math.min(query.page().offset(), all.size());
    int to = Math.min(from + query.page().size(), all.size());
    return Page.of(all.subList(from, to), query.page(), all.size());
  }

  /** The leases a company holds today or will hold (not ended), for the 360 view. */
  public List<Signed> currentPremisesOf(EnterpriseNumber company) {
    LocalDate today = today();
    List<Signed> current = new ArrayList<>();
    for (Unit unit : units.leasedBy(company)) {
      for (Lease lease : unit.leases()) {
        if (lease.enterpriseNumber().equals(company) && !lease.end().isBefore(today)) {
          current.add(new Signed(unit, lease));
        }
      }
    }
    current.sort(Comparator.comparing(s -> s.lease().start()));
    return current;
  }

  /** The company's lease covering today, if any (for growth signals). */
  public Optional<Signed> leaseToday(EnterpriseNumber company) {
    LocalDate today = today();
    return currentPremisesOf(company).stream()
        .filter(s -> s.lease().covers(today)).findFirst();
  }

  /**
   * Writes the end-of-lease event of every lease ending within {@link #ENDING_NOTICE} that has
   * none yet, each with its unit in one conditional write; a unit changed meanwhile is left for
   * the next run. Returns the number of signals written.
   */
  public int signalEndingLeases() {
    LocalDate today = today();
    LocalDate horizon = today.plus(ENDING_NOTICE);
    int signalled = 0;
    for (Unit unit : units.withUnsignalledLeaseEndingBy(horizon)) {
      Unit changed = unit;
      List<PendingJourneyEvent> events = new ArrayList<>();
      for (Lease lease : unit.leases()) {
        if (!lease.endingSignalled() && !lease.end().isAfter(horizon)) {
          changed = changed.withEndingSignalled(lease.leaseId());
          // a lease that ended before anyone looked needs no warning any more
          if (!lease.end().isBefore(today)) {
            events.add(LeaseJourney.ending(unit, lease, now()));
          }
        }
      }
      try {
        units.saveLeases(changed, events.toArray(PendingJourneyEvent[]::new));
        signalled += events.size();
      } catch (ConflictException e) {
        log.info("unit {} changed while signalling its ending leases; next run", unit.unitId());
      }
    }
    return signalled;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(BRUSSELS));
  }

  private Unit unit(UUID unitId) {
    return units.findById(unitId).orElseThrow(() -> new NotFoundException("no unit " + unitId));
  }

  private static ConflictException stale(Unit unit, long expected) {
    return new ConflictException("unit " + unit.unitId() + " is at version " + unit.version()
        + ", not " + expected + "; reload it and try again");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Officer officer(Caller caller) {
    return new Officer(caller.displayName(), caller.email());
  }
}
