package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A guidance session held with the company (coaching, mentoring, diagnosis, collective
 * session), feature 13.
 *
 * @param heldOn the day it took place
 * @param summary what was discussed, readable at {@code confidentiality}
 * @param author who recorded it
 */
public record Session(String sessionId, LocalDate heldOn, Kind kind, String summary,
    ConfidentialityLevel confidentiality, Adviser author, String authorUsername, Instant recordedAt) {

  /** The kind of session. */
  public enum Kind {
    INDIVIDUAL_COACHING, MENTORING, DIAGNOSIS, COLLECTIVE_SESSION, EXPERT_MEETING, OTHER
  }

  public Session {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(confidentiality, "confidentiality");
    Objects.requireNonNull(author, "author");
    authorUsername = Objects.requireNonNullElse(authorUsername, "");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
