package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    InputChecks.throwIfAny(violations);
    return new OpenGuidanceFile(number, packageType, note);
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
