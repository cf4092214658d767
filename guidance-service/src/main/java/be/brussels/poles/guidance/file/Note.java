package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;

/** A note on a file, readable at its confidentiality level. */
public record Note(String noteId, String text, ConfidentialityLevel confidentiality, Adviser author,
    String authorUsername, Instant writtenAt) {

  public Note {
    Objects.requireNonNull(noteId, "noteId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(confidentiality, "confidentiality");
    Objects.requireNonNull(author, "author");
    authorUsername = Objects.requireNonNullElse(authorUsername, "");
    Objects.requireNonNull(writtenAt, "writtenAt");
  }
}
