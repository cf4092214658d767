package be.brussels.poles.housing.request;

import be.brussels.poles.housing.inventory.Sector;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one place where REST input becomes checked values. Every problem is collected and reported
 * at once, each naming its field, so a client fixes a form in one round trip.
 */
public final class LocationRequestInput {

  private static final Pattern REFERRAL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final BigDecimal LARGEST = BigDecimal.valueOf(SurfaceRange.LARGEST);

  private LocationRequestInput() {}

  /**
   * Checks a POST body.
   *
   * @param today the date in Brussels, for the wantedFrom window
   */
  public static NewLocationRequest newRequest(RecordLocationRequestBody body, LocalDate today) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"));
    UnitType unitType =
        InputChecks.enumValue(UnitType.class, body.unitType(), "unitType", violations);
    Integer min = surface(body.surfaceMin(), "surfaceMin", violations);
    Integer max = surface(body.surfaceMax(), "surfaceMax", violations);
    SurfaceRange surface = min == null || max == null ? null
        : InputChecks.collect(violations, () -> new SurfaceRange(min, max));
    Money budget = null;
    if (body.maxMonthlyBudget() != null) {
      budget = InputChecks.collect(violations,
          () -> body.maxMonthlyBudget().toMoney("maxMonthlyBudget"));
      if (budget != null) {
        LocationRequest.checkMonthlyBudget(budget, "maxMonthlyBudget").ifPresent(violations::add);
      }
    }
    List<Commune> communes = communes(body.communes(), violations);
    LocalDate wantedFrom = date(body.wantedFrom(), "wantedFrom", violations);
    if (wantedFrom != null) {
      LocationRequest.checkWantedFrom(wantedFrom, today, "wantedFrom").ifPresent(violations::add);
    }
    Sector sector = body.sector() == null || body.sector().isBlank() ? null
        : InputChecks.enumValue(Sector.class, body.sector(), "sector", violations);
    String needs = body.specialNeeds() == null ? "" : body.specialNeeds().strip();
    if (needs.length() > RequestDetails.MAX_SPECIAL_NEEDS) {
      violations.add(new FieldViolation("specialNeeds",
          "must be at most " + RequestDetails.MAX_SPECIAL_NEEDS + " characters"));
    }
    String referralId = null;
    if (body.referralId() != null && !body.referralId().isBlank()) {
      referralId = body.referralId().strip();
      if (!REFERRAL_ID.matcher(referralId).matches()) {
        violations.add(new FieldViolation("referralId",
            "must be the CRM's referral id (letters, digits, '-', at most 64)"));
      }
    }
    InputChecks.throwIfAny(violations);
    return new NewLocationRequest(number, unitType, surface, budget, communes, wantedFrom,
        new RequestDetails(sector, needs, referralId, null));
  }

  /** Checks list parameters; absent ones take their defaults (every company, page 0, 50 items). */
  public static ListQuery query(String enterpriseNumber, String page, String size) {
    return ListQuery.parse(enterpriseNumber, page, size);
  }

  /** Checks an id from a path. */
  public static UUID requestId(String id) {
    return InputChecks.uuid(id, "requestId");
  }

  /**
   * Whole square metres within the range; 80.0 is 80, 80.5 is refused.
   *
   * @return the surface, or null after adding a violation
   */
  public static Integer surface(BigDecimal value, String field, List<FieldViolation> violations) {
    if (value == null) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    // stripTrailingZeros and compareTo never expand the number, whatever its exponent
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      violations.add(new FieldViolation(field, "must be a whole number of square metres"));
      return null;
    }
    if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(LARGEST) > 0) {
      violations.add(new FieldViolation(field, "must be from 1 to " + SurfaceRange.LARGEST));
      return null;
    }
    return value.intValueExact();
  }

  private static List<Commune> communes(List<String> names, List<FieldViolation> violations) {
    List<Commune> communes = new ArrayList<>();
    if (names == null) {
      return communes;
    }
    int before = violations.size();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String field = "communes[" + i + "]";
      if (name == null || name.isBlank()) {
        violations.add(new FieldViolation(field, "is required"));
        continue;
      }
      Optional<Commune> commune = Commune.fromText(name);
      if (commune.isEmpty()) {
        violations.add(new FieldViolation(field,
            "must be one of " + InputChecks.allowed(Commune.class)));
        continue;
      }
      communes.add(commune.get());
    }
    if (violations.size() == before) {
      violations.addAll(LocationRequest.checkCommunes(communes, "communes"));
    }
    return communes;
  }

  /**
   * A required date written YYYY-MM-DD.
   *
   * @return the date, or null after adding a violation
   */
  public static LocalDate date(String text, String field, List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    String stripped = text.strip();
    try {
      if (ISO_DATE.matcher(stripped).matches()) {
        return LocalDate.parse(stripped);
      }
    } catch (DateTimeParseException e) {
      // falls through: "2026-02-30" has the right shape but is no date
    }
    violations.add(new FieldViolation(field, "must be a date written YYYY-MM-DD"));
    return null;
  }
}
