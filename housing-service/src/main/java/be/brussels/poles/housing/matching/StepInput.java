package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.request.LocationRequestInput;
import be.brussels.poles.housing.request.StepKind;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Checks a workflow step's body: the fields its step needs, every problem at once. */
public final class StepInput {

  static final int MAX_REASON = 1000;

  private StepInput() {}

  /** A checked step; the fields its kind does not use are null. */
  public record Step(StepKind kind, long version, List<UUID> unitIds, UUID unitId,
      LocalDate visitOn, Money monthlyRent, String reason) {}

  public static Step step(StepBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    StepKind kind = InputChecks.enumValue(StepKind.class, body.step(), "step", violations);
    if (kind == StepKind.LEASED) {
      violations.add(new FieldViolation("step",
          "LEASED is reached by POST /location-requests/{id}/lease"));
    }
    Long version = body.version();
    if (version == null || version < 1) {
      violations.add(new FieldViolation("version", "is required: the version you read"));
    }
    List<UUID> unitIds = new ArrayList<>();
    UUID unitId = null;
    LocalDate visitOn = null;
    Money rent = null;
    String reason = null;
    if (kind == StepKind.UNITS_PROPOSED) {
      List<String> ids = body.unitIds() == null ? List.of() : body.unitIds();
      if (ids.isEmpty()) {
        violations.add(new FieldViolation("unitIds", "is required"));
      }
      for (int i = 0; i < ids.size(); i++) {
        String field = "unitIds[" + i + "]";
        String id = ids.get(i);
        UUID parsed = InputChecks.collect(violations, () -> InputChecks.uuid(id, field));
        if (parsed != null) {
          unitIds.add(parsed);
        }
      }
    }
    if (kind == StepKind.VISIT_PLANNED || kind == StepKind.OFFER_MADE) {
      unitId = InputChecks.collect(violations, () -> InputChecks.uuid(body.unitId(), "unitId"));
    }
    if (kind == StepKind.VISIT_PLANNED) {
      visitOn = LocationRequestInput.date(body.visitOn(), "visitOn", violations);
    }
    if (kind == StepKind.OFFER_MADE) {
      if (body.monthlyRent() == null) {
        violations.add(new FieldViolation("monthlyRent", "is required"));
      } else {
        rent = InputChecks.collect(violations, () -> body.monthlyRent().toMoney("monthlyRent"));
      }
    }
    if (kind == StepKind.DECLINED) {
      if (body.reason() == null || body.reason().isBlank()) {
        violations.add(new FieldViolation("reason", "is required: say why"));
      } else if (body.reason().strip().length() > MAX_REASON) {
        violations.add(new FieldViolation("reason", "must be at most " + MAX_REASON
            + " characters"));
      } else {
        reason = body.reason().strip();
      }
    }
    InputChecks.throwIfAny(violations);
    return new Step(kind, version, unitIds, unitId, visitOn, rent, reason);
  }

  /** The request version a lease is signed against. */
  public static long version(Long version) {
    if (version == null || version < 1) {
      throw new InvalidInputException("version", "is required: the version you read");
    }
    return version;
  }
}
