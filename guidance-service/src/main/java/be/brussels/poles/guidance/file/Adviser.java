package be.brussels.poles.guidance.file;

import java.util.Objects;

/**
 * The adviser who follows a file: the partners' named contact for the company.
 *
 * @param name full name
 * @param email work e-mail address; may be empty
 */
public record Adviser(String name, String email) {

  public Adviser {
    Objects.requireNonNull(name, "name");
    email = Objects.requireNonNullElse(email, "");
  }
}
