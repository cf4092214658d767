package be.brussels.poles.crm.web;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Query parameters and body texts of the CRM's REST adapters (and the domain's own checks of
 * free text). Optional query parameters of the CRM's lists and exports, each adding a violation naming the
 * parameter instead of throwing, so that one answer lists every bad parameter
 * ({@link InputChecks#throwIfAny}).
 */
public final class QueryParams {

  /** Dates without a time are days in Brussels. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final int MAX_TEXT = 200;

  private QueryParams() {}

  /**
   * An instant written as ISO-8601 ({@code 2026-03-02T09:00:00Z}) or a day
   * ({@code 2026-03-02}, its start in Brussels).
   */
  public static Optional<Instant> instant(String text, String field,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value).atStartOfDay(BRUSSELS).toInstant());
      }
      return Optional.of(Instant.parse(value));
    } catch (DateTimeException e) {
      violations.add(new FieldViolation(field,
          "must be a date (2026-03-02) or an instant (2026-03-02T09:00:00Z)"));
      return Optional.empty();
    }
  }

  /** An optional enum constant, ignoring case; unknown: "must be one of ...". */
  public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text,
      String field, List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(InputChecks.enumValue(type, text, field, violations));
  }

  /** An optional enterprise number in any accepted notation. */
  public static Optional<EnterpriseNumber> enterpriseNumber(String text, String field,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(text, field)));
  }

  /** Optional free text, at most 200 characters, no control characters. */
  public static Optional<String> text(String text, String field,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(requiredText(text, field, MAX_TEXT, violations));
  }

  /**
   * Required free text of a request body, stripped: at most {@code max} characters, no control
   * characters.
   *
   * @return the text, or null after adding a violation
   */
  public static String requiredText(String text, String field, int max,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    String value = text.strip();
    if (value.length() > max || value.codePoints().anyMatch(Character::isISOControl)) {
      violations.add(new FieldViolation(field,
          "must be at most " + max + " characters without control characters"));
      return null;
    }
    return value;
  }

  /**
   * The sort order of a list on its time field: {@code newest} (default) or {@code oldest}.
   *
   * @return true for newest first
   */
  public static boolean newestFirst(String text, List<FieldViolation> violations) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("newest")) {
      return true;
    }
    if (text.strip().equalsIgnoreCase("oldest")) {
      return false;
    }
    violations.add(new FieldViolation("sort", "must be newest or oldest"));
    return true;
  }

  /** {@code from} must come before {@code until} when both are given. */
  public static void orderedRange(Optional<Instant> from, Optional<Instant> until,
      List<FieldViolation> violations) {
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      violations.add(new FieldViolation("until", "must be after from"));
    }
  }
}
