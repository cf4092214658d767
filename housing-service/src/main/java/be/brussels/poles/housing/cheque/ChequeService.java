package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.inventory.InventoryInput;
import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.inventory.SiteRepository;
import be.brussels.poles.housing.request.HousingAccess;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Issues coworking cheques and records the spaces' monthly claims. Claims are recorded by
 * housing-pole staff on the space's declaration (no separate role for spaces: the realm has
 * none, and the space's reference is kept with each claim).
 */
@Service
public class ChequeService {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Logger log = LoggerFactory.getLogger(ChequeService.class);
  private static final int MAX_REFERENCE = 100;

  private final ChequeRepository cheques;
  private final SiteRepository sites;
  private final CrmCompanyDirectory crm;
  private final Clock clock;

  public ChequeService(ChequeRepository cheques, SiteRepository sites, CrmCompanyDirectory crm,
      Clock clock) {
    this.cheques = cheques;
    this.sites = sites;
    this.crm = crm;
    this.clock = clock;
  }

  public CoworkingCheque issue(Caller caller, ChequeBodies.Issue body) {
    Agency agency = HousingAccess.requireMayRecord(caller, "coworking cheques");
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"));
    UUID siteId = InputChecks.collect(violations,
        () -> InputChecks.uuid(body.siteId(), "siteId"));
    YearMonth first = body.firstMonth() == null || body.firstMonth().isBlank() ? null
        : InventoryInput.month(body.firstMonth(), "firstMonth", null, violations);
    if (body.firstMonth() == null || body.firstMonth().isBlank()) {
      violations.add(new FieldViolation("firstMonth", "is required"));
    }
    Money price = null;
    if (body.monthlyPrice() == null) {
      violations.add(new FieldViolation("monthlyPrice", "is required"));
    } else {
      price = InputChecks.collect(violations, () -> body.monthlyPrice().toMoney("monthlyPrice"));
      if (price != null) {
        LocationRequest.checkMonthlyBudget(price, "monthlyPrice").ifPresent(violations::add);
      }
    }
    InputChecks.throwIfAny(violations);
    Site venue = sites.findById(siteId)
        .orElseThrow(() -> new BusinessRuleException("siteId", "is no site of the inventory"));
    Optional<CoworkingCheque> earlier = cheques.ofEntrepreneur(number);
    if (earlier.isPresent()) {
      log.info("second coworking cheque for {} refused (first: {}), asked by {}", number,
          earlier.get().chequeId(), caller.username());
      throw CoworkingCheque.secondFreePeriod(earlier.get());
    }
    CompanyLookup company = crm.resolve(number);
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    CoworkingCheque cheque = CoworkingCheque.issue(UUID.randomUUID(), number, company.name(),
        venue, first, price, thisMonth(), officer(caller), now());
    if (!cheques.insert(cheque, ChequeJourney.issued(cheque, agency))) {
      // another member of staff issued one a moment ago: the unique index decided
      throw CoworkingCheque.secondFreePeriod(cheques.ofEntrepreneur(number).orElseThrow());
    }
    log.info("coworking cheque {} issued to {} for {} by {}", cheque.chequeId(), number,
        venue.siteId(), caller.username());
    return cheque;
  }

  public CoworkingCheque redeem(Caller caller, UUID chequeId, ChequeBodies.Redeem body) {
    Agency agency = HousingAccess.requireMayRecord(caller, "coworking cheques");
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    YearMonth month = null;
    if (body.month() == null || body.month().isBlank()) {
      violations.add(new FieldViolation("month", "is required"));
    } else {
      month = InventoryInput.month(body.month(), "month", null, violations);
    }
    String reference = InventoryInput.text(body.spaceReference(), "spaceReference",
        MAX_REFERENCE, violations);
    if (body.version() == null || body.version() < 1) {
      violations.add(new FieldViolation("version", "is required: the version you read"));
    }
    InputChecks.throwIfAny(violations);
    CoworkingCheque cheque = get(caller, chequeId);
    if (cheque.version() != body.version()) {
      throw new ConflictException("coworking cheque " + chequeId + " is at version "
          + cheque.version() + ", not " + body.version() + "; reload it and try again");
    }
    Officer by = officer(caller);
    Instant at = now();
    CoworkingCheque changed = cheque.redeem(month, reference, thisMonth(), by, at);
    Funding funding = changed.months().get(changed.positionOf(month) - 1).funding();
    cheques.saveMonths(changed,
        ChequeJourney.redeemed(changed, month, funding, agency, by, at));
    log.info("coworking cheque {} month {} redeemed by {}", chequeId, month, caller.username());
    return get(caller, chequeId);
  }

  public CoworkingCheque get(Caller caller, UUID chequeId) {
    HousingAccess.requireMayRead(caller, "coworking cheques");
    return cheques.findById(chequeId)
        .orElseThrow(() -> new NotFoundException("no coworking cheque " + chequeId));
  }

  public Page<CoworkingCheque> list(Caller caller, ListQuery query) {
    HousingAccess.requireMayRead(caller, "coworking cheques");
    return cheques.page(query);
  }

  /** The company's cheque, if any, for the 360 view. */
  public Optional<CoworkingCheque> chequeOf(EnterpriseNumber company) {
    return cheques.ofEntrepreneur(company);
  }

  public YearMonth thisMonth() {
    return YearMonth.now(clock.withZone(BRUSSELS));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Officer officer(Caller caller) {
    return new Officer(caller.displayName(), caller.email());
  }
}
