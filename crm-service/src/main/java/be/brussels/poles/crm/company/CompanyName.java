package be.brussels.poles.crm.company;

import be.brussels.poles.kit.error.InvalidInputException;

/** A company's name: 1-200 characters once surrounding blanks are trimmed, no control characters. */
public final class CompanyName {

  public static final int MAX_LENGTH = 200;

  private final String value;

  private CompanyName(String value) {
    this.value = value;
  }

  /** @throws InvalidInputException naming {@code field} */
  public static CompanyName parse(String input, String field) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    String trimmed = input.strip();
    if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
      throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
    }
    if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(field, "must not contain control characters");
    }
    return new CompanyName(trimmed);
  }

  /** A name read back from the database, valid when it was stored. */
  static CompanyName stored(String value) {
    return new CompanyName(value);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompanyName other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
