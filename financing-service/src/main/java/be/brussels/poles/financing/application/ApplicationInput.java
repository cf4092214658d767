package be.brussels.poles.financing.application;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one place where REST input becomes checked values. Every problem is collected and reported
 * at once, each naming its field, so a client fixes a form in one round trip.
 */
public final class ApplicationInput {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ApplicationInput() {}

  /** Checks a POST body. */
  public static NewApplication newApplication(RecordApplicationRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(request.enterpriseNumber(), "enterpriseNumber"));
    Instrument instrument = InputChecks.enumValue(Instrument.class, request.instrument(),
        "instrument", violations);
    Money amount = null;
    if (request.amount() == null) {
      violations.add(new FieldViolation("amount", "is required"));
    } else {
      amount = InputChecks.collect(violations, () -> request.amount().toMoney("amount"));
      if (amount != null) {
        FinancingApplication.checkRequestedAmount(amount, "amount").ifPresent(violations::add);
      }
    }
    FinancingApplication.checkPurpose(request.purpose(), "purpose").ifPresent(violations::add);
    InputChecks.throwIfAny(violations);
    return new NewApplication(number, instrument, amount, request.purpose().strip());
  }

  /** Checks list parameters; absent ones take their defaults (every company, page 0, 50 items). */
  public static ApplicationQuery query(String enterpriseNumber, String page, String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<EnterpriseNumber> number = Optional.empty();
    if (enterpriseNumber != null && !enterpriseNumber.isBlank()) {
      number = Optional.ofNullable(InputChecks.collect(violations,
          () -> EnterpriseNumber.parse(enterpriseNumber, "enterpriseNumber")));
    }
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return new ApplicationQuery(number, pageQuery);
  }

  /** Checks an id from a path. */
  public static UUID applicationId(String id) {
    if (id == null || !UUID_TEXT.matcher(id).matches()) {
      throw new InvalidInputException("applicationId", "must be a UUID");
    }
    return UUID.fromString(id);
  }
}
