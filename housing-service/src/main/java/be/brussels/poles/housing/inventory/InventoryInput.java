package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.housing.request.LocationRequestInput;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one place where inventory input (sites, units, their lists, occupancy) becomes checked
 * values; every problem is reported at once, naming its field.
 */
public final class InventoryInput {

  static final int MAX_TEXT = 200;
  static final int MAX_SERVICES = 30;
  static final int MAX_SERVICE_TEXT = 100;
  private static final Pattern POSTCODE = Pattern.compile("1[0-2]\\d\\d");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private InventoryInput() {}

  public static NewSite newSite(SiteBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    String name = text(body.name(), "name", MAX_TEXT, violations);
    SiteType type = InputChecks.enumValue(SiteType.class, body.type(), "type", violations);
    String operator = text(body.operator(), "operator", MAX_TEXT, violations);
    String street = text(body.street(), "street", MAX_TEXT, violations);
    String postcode = text(body.postcode(), "postcode", 4, violations);
    if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
      violations.add(new FieldViolation("postcode", "must be a Brussels postcode, 1000 to 1299"));
    }
    Commune commune = commune(body.commune(), "commune", violations);
    Coordinates coordinates = coordinates(body.coordinates(), violations);
    List<Sector> sectors = new ArrayList<>();
    List<String> sectorNames = body.sectors() == null ? List.of() : body.sectors();
    for (int i = 0; i < sectorNames.size(); i++) {
      Sector sector = InputChecks.enumValue(Sector.class, sectorNames.get(i),
          "sectors[" + i + "]", violations);
      if (sector != null && sectors.contains(sector)) {
        violations.add(new FieldViolation("sectors[" + i + "]", "repeats " + sector));
      } else if (sector != null) {
        sectors.add(sector);
      }
    }
    List<String> services = new ArrayList<>();
    List<String> serviceTexts = body.services() == null ? List.of() : body.services();
    if (serviceTexts.size() > MAX_SERVICES) {
      violations.add(new FieldViolation("services", "must hold at most " + MAX_SERVICES));
    } else {
      for (int i = 0; i < serviceTexts.size(); i++) {
        services.add(text(serviceTexts.get(i), "services[" + i + "]", MAX_SERVICE_TEXT,
            violations));
      }
    }
    InputChecks.throwIfAny(violations);
    return new NewSite(name, type, operator, street, postcode, commune, coordinates, sectors,
        services);
  }

  public static NewUnit newUnit(UnitBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    UnitType type = InputChecks.enumValue(UnitType.class, body.type(), "type", violations);
    String reference = text(body.reference(), "reference", MAX_TEXT, violations);
    Integer surface = LocationRequestInput.surface(body.surface(), "surface", violations);
    Money price = null;
    if (body.monthlyPrice() == null) {
      violations.add(new FieldViolation("monthlyPrice", "is required"));
    } else {
      price = InputChecks.collect(violations, () -> body.monthlyPrice().toMoney("monthlyPrice"));
      if (price != null) {
        LocationRequest.checkMonthlyBudget(price, "monthlyPrice").ifPresent(violations::add);
      }
    }
    LocalDate from = LocationRequestInput.date(body.availableFrom(), "availableFrom", violations);
    LocalDate until = null;
    if (body.availableUntil() != null && !body.availableUntil().isBlank()) {
      until = LocationRequestInput.date(body.availableUntil(), "availableUntil", violations);
      if (from != null && until != null && until.isBefore(from)) {
        violations.add(new FieldViolation("availableUntil", "must be on or after availableFrom"));
      }
    }
    InputChecks.throwIfAny(violations);
    return new NewUnit(type, reference, surface, price, from, until);
  }

  /** Checks the parameters of {@code GET /units}; absent ones take their defaults. */
  public static UnitQuery unitQuery(String siteId, String type, String commune, String freeOn,
      String minSurface, String sort, String page, String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<UUID> site = Optional.empty();
    if (siteId != null && !siteId.isBlank()) {
      site = Optional.ofNullable(InputChecks.collect(violations,
          () -> InputChecks.uuid(siteId.strip(), "siteId")));
    }
    Optional<UnitType> unitType = present(type) ? Optional.ofNullable(
        InputChecks.enumValue(UnitType.class, type, "type", violations)) : Optional.empty();
    Optional<Commune> place = present(commune)
        ? Optional.ofNullable(commune(commune, "commune", violations)) : Optional.empty();
    Optional<LocalDate> free = present(freeOn)
        ? Optional.ofNullable(LocationRequestInput.date(freeOn, "freeOn", violations))
        : Optional.empty();
    Integer surface = InputChecks.wholeNumber(minSurface, "minSurface", 0, 0, 100_000, violations);
    UnitQuery.Sort order = UnitQuery.Sort.parse(sort, violations);
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return new UnitQuery(site, unitType, place, free, surface, order, pageQuery);
  }

  /** Checks the parameters of {@code GET /sites}. */
  public static SiteQuery siteQuery(String type, String commune, String sector, String page,
      String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<SiteType> siteType = present(type) ? Optional.ofNullable(
        InputChecks.enumValue(SiteType.class, type, "type", violations)) : Optional.empty();
    Optional<Commune> place = present(commune)
        ? Optional.ofNullable(commune(commune, "commune", violations)) : Optional.empty();
    Optional<Sector> focus = present(sector) ? Optional.ofNullable(
        InputChecks.enumValue(Sector.class, sector, "sector", violations)) : Optional.empty();
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return new SiteQuery(siteType, place, focus, pageQuery);
  }

  /**
   * The occupancy window: {@code from} a month written YYYY-MM (default: {@code defaultFrom}),
   * {@code months} 1-120 (default 12).
   */
  public static YearMonth month(String text, String field, YearMonth absent,
      List<FieldViolation> violations) {
    if (!present(text)) {
      return absent;
    }
    try {
      if (MONTH.matcher(text.strip()).matches()) {
        return YearMonth.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      // falls through: "2026-13" has the shape of a month but is none
    }
    violations.add(new FieldViolation(field, "must be a month written YYYY-MM"));
    return null;
  }

  public static UUID id(String text, String field) {
    return InputChecks.uuid(text, field);
  }

  /** Trimmed, non-blank, at most {@code max} characters; null after adding a violation. */
  public static String text(String value, String field, int max, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
      return null;
    }
    return stripped;
  }

  static Commune commune(String text, String field, List<FieldViolation> violations) {
    if (!present(text)) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    Optional<Commune> commune = Commune.fromText(text);
    if (commune.isEmpty()) {
      violations.add(new FieldViolation(field, "must be one of " + InputChecks.allowed(Commune.class)));
      return null;
    }
    return commune.get();
  }

  private static Coordinates coordinates(SiteBody.CoordinatesBody body,
      List<FieldViolation> violations) {
    if (body == null || body.latitude() == null || body.longitude() == null) {
      violations.add(new FieldViolation("coordinates", "latitude and longitude are required"));
      return null;
    }
    // bounded before converting, so that 1E+999999999 never becomes a double
    BigDecimal lat = body.latitude();
    BigDecimal lon = body.longitude();
    if (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
        || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
      violations.add(new FieldViolation("coordinates", "must be decimal degrees"));
      return null;
    }
    return InputChecks.collect(violations,
        () -> new Coordinates(lat.doubleValue(), lon.doubleValue()));
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
