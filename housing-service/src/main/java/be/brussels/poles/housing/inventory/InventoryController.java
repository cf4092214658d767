package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.inventory.InventoryViews.OccupancyView;
import be.brussels.poles.housing.inventory.InventoryViews.SiteView;
import be.brussels.poles.housing.inventory.InventoryViews.UnitView;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The inventory over REST ({@code /api/housing/sites}, {@code /api/housing/units} through the
 * gateway). Parameters arrive as text so that every bad value is reported at once.
 */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class InventoryController {

  private final InventoryService service;

  public InventoryController(InventoryService service) {
    this.service = service;
  }

  @PostMapping(path = "/sites", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SiteView> createSite(@RequestBody SiteBody body) {
    Site site = service.createSite(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}").buildAndExpand(site.siteId()).toUri();
    return ResponseEntity.created(location).body(SiteView.of(site));
  }

  /** Replaces a site's description; {@code If-Match} carries the version read (409 if stale). */
  @PutMapping(path = "/sites/{siteId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public SiteView describeSite(@PathVariable String siteId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody SiteBody body) {
    return SiteView.of(service.describeSite(CurrentCaller.get(),
        InventoryInput.id(siteId, "siteId"), version(ifMatch), body));
  }

  @GetMapping("/sites/{siteId}")
  public SiteView site(@PathVariable String siteId) {
    return SiteView.of(service.getSite(CurrentCaller.get(), InventoryInput.id(siteId, "siteId")));
  }

  /** Sites by name; filters {@code type}, {@code commune}, {@code sector}. */
  @GetMapping("/sites")
  public Page<SiteView> sites(@RequestParam(required = false) String type,
      @RequestParam(required = false) String commune,
      @RequestParam(required = false) String sector,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    return service.listSites(CurrentCaller.get(),
        InventoryInput.siteQuery(type, commune, sector, page, size)).map(SiteView::of);
  }

  @PostMapping(path = "/sites/{siteId}/units", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<UnitView> addUnit(@PathVariable String siteId,
      @RequestBody UnitBody body) {
    Caller caller = CurrentCaller.get();
    Unit unit = service.addUnit(caller, InventoryInput.id(siteId, "siteId"), body);
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/units/{id}").buildAndExpand(unit.unitId()).toUri();
    return ResponseEntity.created(location).body(view(unit, caller));
  }

  /** A site's occupancy, one first-of-month snapshot per month: {@code from=YYYY-MM&months=12}. */
  @GetMapping("/sites/{siteId}/occupancy")
  public List<OccupancyView> occupancy(@PathVariable String siteId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String months) {
    List<FieldViolation> violations = new ArrayList<>();
    YearMonth first = InventoryInput.month(from, "from",
        YearMonth.from(service.today()).minusMonths(11), violations);
    Integer count = InputChecks.wholeNumber(months, "months", 12, 1, Occupancy.MAX_MONTHS,
        violations);
    InputChecks.throwIfAny(violations);
    return service.occupancy(CurrentCaller.get(), InventoryInput.id(siteId, "siteId"), first,
        count).stream().map(OccupancyView::of).toList();
  }

  /** Changes a unit (not its type); {@code If-Match} carries the version read (409 if stale). */
  @PutMapping(path = "/units/{unitId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public UnitView describeUnit(@PathVariable String unitId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody UnitBody body) {
    Caller caller = CurrentCaller.get();
    return view(service.describeUnit(caller, InventoryInput.id(unitId, "unitId"),
        version(ifMatch), body), caller);
  }

  @GetMapping("/units/{unitId}")
  public UnitView unit(@PathVariable String unitId) {
    Caller caller = CurrentCaller.get();
    return view(service.getUnit(caller, InventoryInput.id(unitId, "unitId")), caller);
  }

  /**
   * Units; filters {@code siteId}, {@code type}, {@code commune}, {@code freeOn} (a day),
   * {@code minSurface}; {@code sort} reference (default), surface, price, availableFrom, with a
   * leading "-" for descending.
   */
  @GetMapping("/units")
  public Page<UnitView> units(@RequestParam(required = false) String siteId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String commune,
      @RequestParam(required = false) String freeOn,
      @RequestParam(required = false) String minSurface,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    Caller caller = CurrentCaller.get();
    UnitQuery query = InventoryInput.unitQuery(siteId, type, commune, freeOn, minSurface, sort,
        page, size);
    return service.listUnits(caller, query).map(u -> view(u, caller));
  }

  private UnitView view(Unit unit, Caller caller) {
    LocalDate today = service.today();
    return UnitView.of(unit, today, InventoryService.mayReadLeases(caller));
  }

  /** The version in an If-Match header: "3" or "\"3\"". */
  static long version(String ifMatch) {
    List<FieldViolation> violations = new ArrayList<>();
    String text = ifMatch == null ? null : ifMatch.strip().replace("\"", "");
    if (text == null || text.isEmpty()) {
      violations.add(new FieldViolation("If-Match", "is required: the version you read"));
    }
    Integer version = InputChecks.wholeNumber(text, "If-Match", null, 1, Integer.MAX_VALUE,
        violations);
    InputChecks.throwIfAny(violations);
    return version;
  }
}
