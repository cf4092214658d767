package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.error.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The one place where the outside world's input becomes checked values. Every violation is
 * collected, so a client learns all that is wrong with a request at once.
 */
public final class GuidanceFileInput {

  private GuidanceFileInput() {}

  /** Checks a {@code POST /guidance-files} body. */
  public static OpenGuidanceFile open(OpenGuidanceFileRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    OpenGuidanceFileRequest body =
        request == null ? new OpenGuidanceFileRequest(null, null, null) : request;
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"));
    PackageType packageType =
        InputChecks.enumValue(PackageType.class, body.packageType(), "packageType", violations);
    Optional<String> note = Optional.ofNullable(body.note()).map(String::strip)
        .filter(n -> !n.isEmpty());
    if (note.filter(n -> n.length() > GuidanceFile.MAX_NOTE_LENGTH).isPresent()) {
      violations.add(new FieldViolation("note",
          "must be at most " + GuidanceFile.MAX_NOTE_LENGTH + " characters"));
    }
    Set<PriorityGroup> groups = enums(PriorityGroup.class, body.priorityGroups(),
        "priorityGroups", violations);
    InputChecks.throwIfAny(violations);
    return new OpenGuidanceFile(number, packageType, note, groups);
  }

  /** The version a change request was based on: required, at least 1. */
  public static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "is required (the version of the file you read)");
    }
    if (version < 1) {
      throw new InvalidInputException("version", "must be at least 1");
    }
    return version;
  }

  /** A required constant of {@code type}. */
  public static <E extends Enum<E>> E required(Class<E> type, String text, String field) {
    List<FieldViolation> violations = new ArrayList<>();
    E value = InputChecks.enumValue(type, text, field, violations);
    InputChecks.throwIfAny(violations);
    return value;
  }

  /** A constant of {@code type}, or {@code absent} when the text is missing. */
  public static <E extends Enum<E>> E optional(Class<E> type, String text, String field,
      E absent) {
    return text == null || text.isBlank() ? absent : required(type, text, field);
  }

  /** A set of constants; null or empty is the empty set; each bad one is reported. */
  public static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> texts, String field,
      List<FieldViolation> violations) {
    Set<E> values = EnumSet.noneOf(type);
    if (texts == null) {
      return values;
    }
    for (int i = 0; i < texts.size(); i++) {
      E value = InputChecks.enumValue(type, texts.get(i), field + "[" + i + "]", violations);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** A set of constants, thrown at once when one is bad. */
  public static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> texts, String field) {
    List<FieldViolation> violations = new ArrayList<>();
    Set<E> values = enums(type, texts, field, violations);
    InputChecks.throwIfAny(violations);
    return values;
  }

  /** Codes as given (stripped, upper case, no blanks). */
  public static Set<String> codes(List<String> texts, String field) {
    Set<String> codes = new TreeSet<>();
    if (texts == null) {
      return codes;
    }
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        throw new InvalidInputException(field + "[" + i + "]", "must not be blank");
      }
      codes.add(text.strip().toUpperCase(Locale.ROOT));
    }
    return codes;
  }

  /** An ISO calendar day ("2026-11-25"); {@code absent} when missing, if allowed. */
  public static LocalDate day(String text, String field, LocalDate absent) {
    if (text == null || text.isBlank()) {
      if (absent == null) {
        throw new InvalidInputException(field, "is required (yyyy-mm-dd)");
      }
      return absent;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a day written yyyy-mm-dd");
    }
  }

  /** An optional enterprise number in any accepted notation. */
  public static Optional<EnterpriseNumber> enterpriseNumber(String text, String field) {
    return text == null || text.isBlank() ? Optional.empty()
        : Optional.of(EnterpriseNumber.parse(text, field));
  }

  /** Checks the query of {@code GET /guidance-files}. Absent page and size take their defaults. */
  public static ListQuery query(String enterpriseNumber, String page, String size) {
    return ListQuery.parse(enterpriseNumber, page, size);
  }

  /** Checks a file id taken from a path. */
  public static UUID fileId(String raw) {
    return InputChecks.uuid(raw, "fileId");
  }
}
