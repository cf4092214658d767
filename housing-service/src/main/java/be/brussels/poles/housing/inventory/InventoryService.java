package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.HousingAccess;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The configurable inventory: sites, their units, occupancy. Access is checked here. */
@Service
public class InventoryService {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Logger log = LoggerFactory.getLogger(InventoryService.class);

  private final SiteRepository sites;
  private final UnitRepository units;
  private final Clock clock;

  public InventoryService(SiteRepository sites, UnitRepository units, Clock clock) {
    this.sites = sites;
    this.units = units;
    this.clock = clock;
  }

  public Site createSite(Caller caller, SiteBody body) {
    HousingAccess.requireMayRecord(caller, "the inventory");
    NewSite input = InventoryInput.newSite(body);
    Site site = new Site(UUID.randomUUID(), input.name(), input.type(), input.operator(),
        input.street(), input.postcode(), input.commune(), input.coordinates(), input.sectors(),
        input.services(), officer(caller), now(), 1);
    sites.insert(site);
    log.info("site {} ({}) added by {}", site.siteId(), site.type(), caller.username());
    return site;
  }

  /**
   * Replaces a site's description (its type stays), conditional on the version the client read.
   *
   * @throws ConflictException when {@code version} is not the stored one
   */
  public Site describeSite(Caller caller, UUID siteId, long version, SiteBody body) {
    HousingAccess.requireMayRecord(caller, "the inventory");
    NewSite input = InventoryInput.newSite(body);
    Site stored = site(siteId);
    if (stored.version() != version) {
      throw new ConflictException("site " + siteId + " is at version " + stored.version()
          + ", not " + version + "; reload it and try again");
    }
    Site changed = stored.describedAs(input.name(), input.operator(), input.street(),
        input.postcode(), input.commune(), input.coordinates(), input.sectors(),
        input.services());
    long newVersion = sites.saveDescription(changed);
    log.info("site {} described anew by {} (version {})", siteId, caller.username(), newVersion);
    return sites.findById(siteId).orElseThrow();
  }

  public Site getSite(Caller caller, UUID siteId) {
    HousingAccess.requireMayBrowseInventory(caller);
    return site(siteId);
  }

  public Page<Site> listSites(Caller caller, SiteQuery query) {
    HousingAccess.requireMayBrowseInventory(caller);
    return sites.page(query);
  }

  public Unit addUnit(Caller caller, UUID siteId, UnitBody body) {
    HousingAccess.requireMayRecord(caller, "the inventory");
    NewUnit input = InventoryInput.newUnit(body);
    Site site = site(siteId);
    Unit unit = Unit.create(UUID.randomUUID(), site, input.type(), input.reference(),
        input.surface(), input.monthlyPrice(), input.availableFrom(), input.availableUntil(),
        now());
    units.insert(unit);
    log.info("unit {} added to site {} by {}", unit.unitId(), siteId, caller.username());
    return unit;
  }

  /**
   * Changes a unit's reference, surface, price and availability (not its type), conditional on
   * the version the client read.
   */
  public Unit describeUnit(Caller caller, UUID unitId, long version, UnitBody body) {
    HousingAccess.requireMayRecord(caller, "the inventory");
    NewUnit input = InventoryInput.newUnit(body);
    Unit stored = unit(unitId);
    if (stored.version() != version) {
      throw new ConflictException("unit " + unitId + " is at version " + stored.version()
          + ", not " + version + "; reload it and try again");
    }
    if (input.type() != stored.type()) {
      throw new be.brussels.poles.kit.error.BusinessRuleException("type",
          "a unit keeps its type (" + stored.type() + "); add a new unit instead");
    }
    units.saveDescription(stored.describedAs(input.reference(), input.surface(),
        input.monthlyPrice(), input.availableFrom(), input.availableUntil()));
    log.info("unit {} described anew by {}", unitId, caller.username());
    return unit(unitId);
  }

  public Unit getUnit(Caller caller, UUID unitId) {
    HousingAccess.requireMayBrowseInventory(caller);
    return unit(unitId);
  }

  public Page<Unit> listUnits(Caller caller, UnitQuery query) {
    HousingAccess.requireMayBrowseInventory(caller);
    return units.page(query);
  }

  /** The site's occupancy month by month (first-day snapshots). */
  public List<Occupancy> occupancy(Caller caller, UUID siteId, YearMonth from, int months) {
    HousingAccess.requireMayReadOccupancy(caller);
    site(siteId);
    return Occupancy.monthly(units.ofSite(siteId), from, months);
  }

  /** True when the caller reads leases (companies and rents): housing-pole staff. */
  public static boolean mayReadLeases(Caller caller) {
    try {
      HousingAccess.requireMayRead(caller, "leases");
      return true;
    } catch (be.brussels.poles.kit.error.AccessDeniedException e) {
      return false;
    }
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(BRUSSELS));
  }

  Site site(UUID siteId) {
    return sites.findById(siteId).orElseThrow(() -> new NotFoundException("no site " + siteId));
  }

  Unit unit(UUID unitId) {
    return units.findById(unitId).orElseThrow(() -> new NotFoundException("no unit " + unitId));
  }

  private java.time.Instant now() {
    // the database keeps milliseconds: what we answer must equal what we read back later
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static Officer officer(Caller caller) {
    return new Officer(caller.displayName(), caller.email());
  }
}
