package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one place where REST input becomes checked values. Every problem is collected and reported
 * at once, each naming its field, so a client fixes a form in one round trip.
 */
public final class ApplicationInput {

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
  public static ListQuery query(String enterpriseNumber, String page, String size) {
    return ListQuery.parse(enterpriseNumber, page, size);
  }

  /** Checks an id from a path. */
  public static UUID applicationId(String id) {
    return InputChecks.uuid(id, "applicationId");
  }

}
