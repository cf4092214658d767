package be.brussels.poles.kit.enterprise;

import be.brussels.poles.kit.error.InvalidInputException;

/**
 * A KBO establishment unit number: ten digits starting with 2-8, same mod-97 check as the
 * enterprise number, displayed "2.XXX.XXX.XXX". Never interchangeable with {@link EnterpriseNumber}.
 */
public final class EstablishmentUnitNumber {

  private final String digits;

  private EstablishmentUnitNumber(String digits) {
    this.digits = digits;
  }

  /** Parses "2.123.456.789", "2123456789" and the like. */
  public static EstablishmentUnitNumber parse(String input, String field) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    String digits = KboCheck.normalise(input);
    if (digits == null || digits.charAt(0) < '2' || digits.charAt(0) > '8') {
      throw new InvalidInputException(field,
          "must be 10 digits starting with 2 to 8 (an establishment unit number)");
    }
    if (!KboCheck.checksumHolds(digits)) {
      throw new InvalidInputException(field, "fails the mod-97 check");
    }
    return new EstablishmentUnitNumber(digits);
  }

  public static EstablishmentUnitNumber parse(String input) {
    return parse(input, "establishmentNumber");
  }

  public String value() {
    return digits;
  }

  /** The display form "2.123.456.789". */
  public String formatted() {
    return digits.charAt(0) + "." + digits.substring(1, 4) + "." + digits.substring(4, 7) + "."
        + digits.substring(7);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EstablishmentUnitNumber other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return formatted();
  }
}
