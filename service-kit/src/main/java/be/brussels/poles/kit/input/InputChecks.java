package be.brussels.poles.kit.input;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Small checks for REST input that arrives as text, each adding its {@link FieldViolation} to a
 * list instead of throwing, so that a service reports every problem of a request at once.
 * Framework-free.
 */
public final class InputChecks {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,10}");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private InputChecks() {}

  /**
   * The constant named {@code text}, ignoring case and surrounding blanks. Missing: "is
   * required"; unknown: "must be one of A, B, C" (declaration order), so the client sees the
   * allowed values.
   *
   * @return the constant, or null after adding a violation
   */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field,
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
    violations.add(new FieldViolation(field, "must be one of " + allowed(type)));
    return null;
  }

  /** "A, B, C": the names of an enum's constants in declaration order. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /**
   * A whole number from {@code min} to {@code max}, written as digits (a JSON number taken as
   * text works; "1.5", "1e3" and "12abc" do not).
   *
   * @return the number, {@code absent} when {@code text} is null or blank, or null after adding a
   *     violation
   */
  public static Integer wholeNumber(String text, String field, Integer absent, int min, int max,
      List<FieldViolation> violations) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    String stripped = text.strip();
    if (!WHOLE_NUMBER.matcher(stripped).matches()) {
      violations.add(new FieldViolation(field, "must be a whole number from " + min + " to " + max));
      return null;
    }
    long value = Long.parseLong(stripped);
    if (value < min || value > max) {
      violations.add(new FieldViolation(field, "must be from " + min + " to " + max));
      return null;
    }
    return (int) value;
  }

  /**
   * A UUID written in its canonical 8-4-4-4-12 hexadecimal form, as the services hand out their
   * record ids (a path parameter); shortened groups such as "1-1-1-1-1" are refused.
   *
   * @throws InvalidInputException naming {@code field}: "must be a UUID"
   */
  public static UUID uuid(String text, String field) {
    if (text == null || !UUID_TEXT.matcher(text).matches()) {
      throw new InvalidInputException(field, "must be a UUID");
    }
    return UUID.fromString(text);
  }

  /**
   * Runs a parser that throws {@link InvalidInputException} (such as
   * {@code EnterpriseNumber.parse}) and collects its violations instead.
   *
   * @return the parsed value, or null after adding its violations
   */
  public static <T> T collect(List<FieldViolation> violations, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  /** Throws one {@link InvalidInputException} with every violation, if there is any. */
  public static void throwIfAny(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
