package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.security.Caller;
import java.time.Instant;

/**
 * A guidance file as the REST API shows it to one caller: the note only for the owning agency;
 * for others {@code note} is null and {@code noteRedacted} says that a note exists.
 */
public record GuidanceFileView(
    String fileId,
    String enterpriseNumber,
    String companyName,
    boolean companyVerified,
    String packageType,
    String agency,
    AdviserView adviser,
    String stage,
    Instant stageSince,
    Instant openedAt,
    String note,
    boolean noteRedacted,
    long version) {

  /** The adviser: the partners' contact for the company. */
  public record AdviserView(String name, String email) {}

  static GuidanceFileView of(GuidanceFile file, Caller reader) {
    boolean mayReadNote = GuidanceFileAccess.mayReadNote(reader, file);
    return new GuidanceFileView(
        file.fileId().toString(),
        file.enterpriseNumber().value(),
        file.companyName(),
        file.companyVerified(),
        file.packageType().name(),
        file.agency().name(),
        new AdviserView(file.adviser().name(), file.adviser().email()),
        file.stage().name(),
        file.stageSince(),
        file.openedAt(),
        mayReadNote ? file.note().orElse(null) : null,
        !mayReadNote && file.note().isPresent(),
        file.version());
  }
}
