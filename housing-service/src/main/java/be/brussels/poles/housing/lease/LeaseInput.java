package be.brussels.poles.housing.lease;

import be.brussels.poles.housing.inventory.LeaseKind;
import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.housing.request.LocationRequestInput;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks lease input; every problem at once, each naming its field. */
public final class LeaseInput {

  /** A lease signed today may start a little in the past (paperwork catching up). */
  static final int MAX_DAYS_BACK = 31;

  private LeaseInput() {}

  /** @param today the date in Brussels */
  public static NewLease newLease(LeaseBody body, LocalDate today) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"));
    LeaseKind kind = body.kind() == null ? LeaseKind.STANDARD
        : InputChecks.enumValue(LeaseKind.class, body.kind(), "kind", violations);
    LocalDate start = LocationRequestInput.date(body.start(), "start", violations);
    if (start != null && start.isBefore(today.minusDays(MAX_DAYS_BACK))) {
      violations.add(new FieldViolation("start",
          "must be " + today.minusDays(MAX_DAYS_BACK) + " or later"));
    }
    if (start != null && start.isAfter(today.plus(LocationRequest.LONGEST_LEAD))) {
      violations.add(new FieldViolation("start",
          "must be " + today.plus(LocationRequest.LONGEST_LEAD) + " or earlier"));
    }
    LocalDate end = null;
    Money rent = null;
    if (kind == LeaseKind.BIE_INVESTOR_OFFICE) {
      if (start != null) {
        end = start.plus(Unit.BIE_FREE_PERIOD).minusDays(1);
      }
      if (body.end() != null && !body.end().isBlank() && end != null
          && !body.end().strip().equals(end.toString())) {
        violations.add(new FieldViolation("end",
            "a BIE office is free for three months: leave it out or send " + end));
      }
      if (body.monthlyRent() != null) {
        violations.add(new FieldViolation("monthlyRent", "must be left out: a BIE office is free"));
      }
      rent = Money.ofMinorUnits(0, Money.EUR);
    } else if (kind == LeaseKind.STANDARD) {
      end = LocationRequestInput.date(body.end(), "end", violations);
      if (start != null && end != null) {
        if (end.isBefore(start)) {
          violations.add(new FieldViolation("end", "must be on or after start"));
        } else if (end.isAfter(start.plus(Unit.LONGEST_LEASE))) {
          violations.add(new FieldViolation("end", "must be at most nine years after start"));
        }
      }
      if (body.monthlyRent() == null) {
        violations.add(new FieldViolation("monthlyRent", "is required"));
      } else {
        rent = InputChecks.collect(violations, () -> body.monthlyRent().toMoney("monthlyRent"));
        if (rent != null) {
          LocationRequest.checkMonthlyBudget(rent, "monthlyRent").ifPresent(violations::add);
        }
      }
    }
    InputChecks.throwIfAny(violations);
    return new NewLease(number, kind, start, end, rent, null);
  }

  /** Checks the last day of an early termination. */
  public static LocalDate lastDay(TerminationBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate lastDay = LocationRequestInput.date(body == null ? null : body.lastDay(), "lastDay",
        violations);
    InputChecks.throwIfAny(violations);
    return lastDay;
  }

  /** The body of a termination: {@code {"lastDay": "2027-03-31"}}. */
  public record TerminationBody(String lastDay) {}
}
