package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A company's guidance file in one entrepreneur package, owned by the guidance-pole agency whose
 * adviser opened it. The note is confidential: only the owning agency reads it.
 *
 * @param companyName the CRM's name for the company; empty when the CRM did not answer
 * @param companyVerified whether the CRM confirmed the company when the file was opened
 * @param version optimistic-locking counter, 1 at creation, incremented by every change
 */
public record GuidanceFile(
    UUID fileId,
    EnterpriseNumber enterpriseNumber,
    String companyName,
    boolean companyVerified,
    PackageType packageType,
    Agency agency,
    Adviser adviser,
    Stage stage,
    Instant stageSince,
    Instant openedAt,
    Optional<String> note,
    long version) {

  /** Longest note accepted, in characters. */
  public static final int MAX_NOTE_LENGTH = 2000;

  /** The journey event type of {@link #openedEvent()}. */
  public static final String OPENED_EVENT = "guidance.file.opened";

  public GuidanceFile {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    companyName = Objects.requireNonNullElse(companyName, "");
    Objects.requireNonNull(packageType, "packageType");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(adviser, "adviser");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(stageSince, "stageSince");
    Objects.requireNonNull(openedAt, "openedAt");
    note = Objects.requireNonNullElse(note, Optional.<String>empty());
  }

  /**
   * Opens a file for a company the CRM knows (or could not be asked about).
   *
   * @param company what the CRM said: its name, or empty and unverified when it did not answer
   * @throws AccessDeniedException when the agency may not open this package
   * @throws InvalidInputException when the note is too long
   */
  public static GuidanceFile open(EnterpriseNumber enterpriseNumber, String companyName,
      boolean companyVerified, PackageType packageType, Agency agency, Adviser adviser,
      Optional<String> note, Instant now) {
    requireMayOpen(packageType, agency);
    Optional<String> cleanNote = note.map(String::strip).filter(n -> !n.isEmpty());
    if (cleanNote.filter(n -> n.length() > MAX_NOTE_LENGTH).isPresent()) {
      throw new InvalidInputException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
    }
    // the database keeps milliseconds: the answer to the caller, the stored file and the
    // journey event must carry the same instant
    Instant openedAt = now.truncatedTo(ChronoUnit.MILLIS);
    return new GuidanceFile(UUID.randomUUID(), enterpriseNumber, companyName, companyVerified,
        packageType, agency, adviser, Stage.OPEN, openedAt, openedAt, cleanNote, 1);
  }

  /**
   * Refuses an agency that may not open files of the package (see
   * {@link PackageType#mayBeOpenedBy}).
   */
  public static void requireMayOpen(PackageType packageType, Agency agency) {
    if (!packageType.mayBeOpenedBy(agency)) {
      throw new AccessDeniedException(agency.pole() != Agency.Pole.GUIDANCE
          ? "only guidance-pole agencies open guidance files"
          : packageType + " files are opened by " + Agency.HUB_ATRIUM + " staff only");
    }
  }

  /** Still in progress (not closed): shown among the company's open files. */
  public boolean isOpen() {
    return !stage.isTerminal();
  }

  /**
   * The journey event announcing the opening. The headline goes to every partner agency, so it
   * names only the package; the note, if any, travels as confidential detail.
   */
  public PendingJourneyEvent openedEvent() {
    return PendingJourneyEvent.create(enterpriseNumber, agency, OPENED_EVENT, openedAt,
        "Guidance file opened: " + packageType.label(), adviser.name(), adviser.email(),
        note.isPresent() ? Confidentiality.CONFIDENTIAL : Confidentiality.SHARED,
        note.orElse(""), fileId.toString());
  }
}
