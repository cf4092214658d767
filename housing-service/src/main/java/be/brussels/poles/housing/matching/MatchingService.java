package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.inventory.UnitRepository;
import be.brussels.poles.housing.lease.LeaseBody;
import be.brussels.poles.housing.lease.LeaseInput;
import be.brussels.poles.housing.lease.LeaseService;
import be.brussels.poles.housing.lease.NewLease;
import be.brussels.poles.housing.request.HousingAccess;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.housing.request.LocationRequestRepository;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.housing.request.RequestStage;
import be.brussels.poles.housing.request.RequestStep;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.web.MoneyInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Matching units to a location request and the workflow that follows: propose → visit → offer →
 * accepted / declined → lease. Every step is written with its journey event in one update
 * conditional on the request version the client read (a stale one is a 409).
 */
@Service
public class MatchingService {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Logger log = LoggerFactory.getLogger(MatchingService.class);

  private final LocationRequestRepository requests;
  private final UnitRepository units;
  private final LeaseService leases;
  private final Clock clock;

  public MatchingService(LocationRequestRepository requests, UnitRepository units,
      LeaseService leases, Clock clock) {
    this.requests = requests;
    this.units = units;
    this.leases = leases;
    this.clock = clock;
  }

  /** The request's candidate units, best first, one page of them. */
  public Page<Match> matches(Caller caller, UUID requestId, PageQuery page) {
    HousingAccess.requireMayRead(caller);
    LocationRequest request = request(requestId);
    List<Match> all = Matching.rank(request,
        units.lettable(request.unitType(), request.wantedFrom()));
    int from = Math.min(page.offset(), all.size());
    int to = Math.min(from + page.size(), all.size());
    return Page.of(all.subList(from, to), page, all.size());
  }

  /** Takes one workflow step. */
  public LocationRequest step(Caller caller, UUID requestId, StepBody body) {
    HousingAccess.requireMayRecord(caller);
    StepInput.Step input = StepInput.step(body);
    LocationRequest request = current(requestId, input.version());
    Officer by = new Officer(caller.displayName(), caller.email());
    Instant at = now();
    LocationRequest changed = switch (input.kind()) {
      case UNITS_PROPOSED -> {
        for (int i = 0; i < input.unitIds().size(); i++) {
          Unit unit = units.findById(input.unitIds().get(i)).orElseThrow(notProposable(i));
          if (unit.type() != request.unitType()) {
            throw new BusinessRuleException("unitIds[" + i + "]", "is a "
                + unit.type().label() + ", the request is for a " + request.unitType().label());
          }
        }
        yield request.propose(input.unitIds(), by, at);
      }
      case VISIT_PLANNED -> request.planVisit(input.unitId(), input.visitOn(), today(), by, at);
      case OFFER_MADE -> request.offer(input.unitId(), input.monthlyRent(), by, at);
      case OFFER_ACCEPTED -> request.accept(by, at);
      case DECLINED -> request.decline(input.reason(), by, at);
      case LEASED -> throw new IllegalStateException("refused by StepInput");
    };
    requests.saveChanged(changed, MatchingJourney.of(changed, unitsOf(changed.lastStep()
        .orElseThrow())));
    log.info("location request {}: {} by {}", requestId, input.kind(), caller.username());
    return request(requestId);
  }

  /**
   * Signs the lease of the accepted offer (its unit, its rent) and closes the request as leased.
   * Two documents change, one after the other (no multi-document transactions): the lease is
   * written first, conditional on the unit's version; the request follows, retried once on a
   * concurrent change, so a signed lease never leaves its request waiting.
   */
  public LocationRequest lease(Caller caller, UUID requestId, LeaseOfferBody body) {
    HousingAccess.requireMayRecord(caller);
    long version = StepInput.version(body == null ? null : body.version());
    LocationRequest request = current(requestId, version);
    if (request.stage() != RequestStage.OFFER_ACCEPTED) {
      throw new BusinessRuleException("step",
          "a lease follows an accepted offer; the request is at stage " + request.stage());
    }
    RequestStep offer = request.latestOffer().orElseThrow();
    UUID unitId = offer.unitIds().get(0);
    Money rent = offer.monthlyRent();
    NewLease checked = LeaseInput.newLease(new LeaseBody(request.enterpriseNumber().value(),
        "STANDARD", body.start(), body.end(),
        new MoneyInput(rent.currencyCode(), rent.amount().toPlainString())), today());
    LeaseService.Signed signed = leases.sign(caller, unitId, OptionalLong.empty(),
        new NewLease(checked.enterpriseNumber(), checked.kind(), checked.start(), checked.end(),
            checked.monthlyRent(), requestId));
    Officer by = new Officer(caller.displayName(), caller.email());
    try {
      save(request.leased(unitId, signed.lease().leaseId(), by, now()), signed.unit());
    } catch (ConflictException e) {
      LocationRequest reloaded = request(requestId);
      save(reloaded.leased(unitId, signed.lease().leaseId(), by, now()), signed.unit());
    }
    log.info("location request {} leased (lease {}) by {}", requestId,
        signed.lease().leaseId(), caller.username());
    return request(requestId);
  }

  private void save(LocationRequest changed, Unit unit) {
    requests.saveChanged(changed, MatchingJourney.of(changed, List.of(unit)));
  }

  private LocationRequest current(UUID requestId, long version) {
    LocationRequest request = request(requestId);
    if (request.version() != version) {
      throw new ConflictException("location request " + requestId + " is at version "
          + request.version() + ", not " + version + "; reload it and try again");
    }
    return request;
  }

  private List<Unit> unitsOf(RequestStep step) {
    List<Unit> named = new ArrayList<>();
    for (UUID id : step.unitIds()) {
      units.findById(id).ifPresent(named::add);
    }
    return named;
  }

  private static java.util.function.Supplier<BusinessRuleException> notProposable(int index) {
    return () -> new BusinessRuleException("unitIds[" + index + "]", "is no unit of the inventory");
  }

  private LocationRequest request(UUID requestId) {
    return requests.findById(requestId).orElseThrow(
        () -> new NotFoundException("no location request " + requestId));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(BRUSSELS));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
