package be.brussels.poles.financing.application;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place where REST input becomes checked values. Every problem is collected and reported
 * at once, each naming its field, so a client fixes a form in one round trip.
 */
public final class ApplicationInput {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
  /** Far beyond any real list; keeps page * size well inside a long. */
  private static final int MAX_PAGE = 1_000_000;

  private ApplicationInput() {}

  /** Checks a POST body. */
  public static NewApplication newApplication(RecordApplicationRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = collect(violations,
        () -> EnterpriseNumber.parse(request.enterpriseNumber(), "enterpriseNumber"));
    Instrument instrument = enumValue(Instrument.class, request.instrument(), "instrument",
        violations);
    Money amount = null;
    if (request.amount() == null) {
      violations.add(new FieldViolation("amount", "is required"));
    } else {
      amount = collect(violations, () -> request.amount().toMoney("amount"));
      if (amount != null) {
        FinancingApplication.checkRequestedAmount(amount, "amount").ifPresent(violations::add);
      }
    }
    FinancingApplication.checkPurpose(request.purpose(), "purpose").ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new NewApplication(number, instrument, amount, request.purpose().strip());
  }

  /** Checks list parameters; absent ones take their defaults (every company, page 0, 50 items). */
  public static ApplicationQuery query(String enterpriseNumber, String page, String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<EnterpriseNumber> number = Optional.empty();
    if (enterpriseNumber != null && !enterpriseNumber.isBlank()) {
      number = Optional.ofNullable(collect(violations,
          () -> EnterpriseNumber.parse(enterpriseNumber, "enterpriseNumber")));
    }
    int pageNumber = wholeNumber(page, "page", 0, 0, MAX_PAGE, violations);
    int pageSize = wholeNumber(size, "size", ApplicationQuery.DEFAULT_SIZE, 1,
        ApplicationQuery.MAX_SIZE, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ApplicationQuery(number, pageNumber, pageSize);
  }

  /** Checks an id from a path. */
  public static UUID applicationId(String id) {
    if (id == null || !UUID_TEXT.matcher(id).matches()) {
      throw new InvalidInputException("applicationId", "must be a UUID");
    }
    return UUID.fromString(id);
  }

  /**
   * The constant named {@code text} (case and surrounding blanks ignored); an unknown value is
   * reported with the allowed ones.
   */
  static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    violations.add(new FieldViolation(field, "must be one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    return null;
  }

  private static int wholeNumber(String text, String field, int absent, int min, int max,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    String stripped = text.strip();
    if (!WHOLE_NUMBER.matcher(stripped).matches()) {
      violations.add(new FieldViolation(field, "must be a whole number from " + min + " to " + max));
      return absent;
    }
    int value = Integer.parseInt(stripped);
    if (value < min || value > max) {
      violations.add(new FieldViolation(field, "must be from " + min + " to " + max));
      return absent;
    }
    return value;
  }

  private static <T> T collect(List<FieldViolation> violations, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
      return null;
    }
  }
}
