package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
    EnterpriseNumber number = enterpriseNumber(body.enterpriseNumber(), true, violations);
    PackageType packageType = packageType(body.packageType(), violations);
    Optional<String> note = Optional.ofNullable(body.note()).map(String::strip)
        .filter(n -> !n.isEmpty());
    if (note.filter(n -> n.length() > GuidanceFile.MAX_NOTE_LENGTH).isPresent()) {
      violations.add(new FieldViolation("note",
          "must be at most " + GuidanceFile.MAX_NOTE_LENGTH + " characters"));
    }
    throwIfAny(violations);
    return new OpenGuidanceFile(number, packageType, note);
  }

  /** Checks the query of {@code GET /guidance-files}. Absent page and size take their defaults. */
  public static FileQuery query(String enterpriseNumber, String page, String size) {
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = enterpriseNumber(enterpriseNumber, false, violations);
    int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE / FileQuery.MAX_SIZE, violations);
    int pageSize = integer("size", size, FileQuery.DEFAULT_SIZE, 1, FileQuery.MAX_SIZE, violations);
    throwIfAny(violations);
    return new FileQuery(Optional.ofNullable(number), pageNumber, pageSize);
  }

  /** Checks a file id taken from a path. */
  public static UUID fileId(String raw) {
    try {
      UUID id = UUID.fromString(raw);
      // UUID.fromString also takes shortened groups ("1-1-1-1-1"); only the canonical form is ours
      if (id.toString().equalsIgnoreCase(raw)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new InvalidInputException("fileId", "must be a UUID");
  }

  private static EnterpriseNumber enterpriseNumber(String raw, boolean required,
      List<FieldViolation> violations) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        violations.add(new FieldViolation("enterpriseNumber", "is required"));
      }
      return null;
    }
    try {
      return EnterpriseNumber.parse(raw, "enterpriseNumber");
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  private static PackageType packageType(String raw, List<FieldViolation> violations) {
    if (raw == null || raw.isBlank()) {
      violations.add(new FieldViolation("packageType", "is required; one of " + allowed()));
      return null;
    }
    try {
      return PackageType.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new FieldViolation("packageType", "must be one of " + allowed()));
      return null;
    }
  }

  private static String allowed() {
    return Arrays.stream(PackageType.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static int integer(String field, String raw, int fallback, int min, int max,
      List<FieldViolation> violations) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(new FieldViolation(field, "must be a whole number from " + min + " to " + max));
    return fallback;
  }

  private static void throwIfAny(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
