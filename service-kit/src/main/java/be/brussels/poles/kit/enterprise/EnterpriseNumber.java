package be.brussels.poles.kit.enterprise;

import be.brussels.poles.kit.error.InvalidInputException;

/**
 * A Belgian enterprise number (KBO/BCE): ten digits, first digit 0 or 1, the last two digits
 * equal to 97 - (first eight mod 97). Accepts "0403.019.261", "0403019261", "BE0403019261" and the
 * old 9-digit form "403019261". An instance is always valid: invalid input never gets past
 * {@link #parse}. Establishment unit numbers (first digit 2-8) are a different type,
 * {@link EstablishmentUnitNumber}, and are refused here.
 */
public final class EnterpriseNumber implements Comparable<EnterpriseNumber> {

  private final String digits;

  private EnterpriseNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses any accepted notation.
   *
   * @throws InvalidInputException naming {@code "enterpriseNumber"} and the reason
   */
  public static EnterpriseNumber parse(String input) {
    return parse(input, "enterpriseNumber");
  }

  /** Parses, reporting errors against {@code field} (for example "company.enterpriseNumber"). */
  public static EnterpriseNumber parse(String input, String field) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    String digits = KboCheck.normalise(input);
    if (digits == null) {
      throw new InvalidInputException(field,
          "must be 10 digits (0XXX.XXX.XXX, optionally prefixed with BE) or the old 9-digit form");
    }
    char first = digits.charAt(0);
    if (first >= '2' && first <= '8') {
      throw new InvalidInputException(field,
          "is an establishment unit number (starts with " + first + "), not an enterprise number");
    }
    if (first != '0' && first != '1') {
      throw new InvalidInputException(field, "must start with 0 or 1");
    }
    if (!KboCheck.checksumHolds(digits)) {
      throw new InvalidInputException(field, "fails the mod-97 check");
    }
    return new EnterpriseNumber(digits);
  }

  /** True when {@link #parse} would accept the input. */
  public static boolean isValid(String input) {
    try {
      parse(input);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** The canonical form: ten digits, no dots ("0403019261"). */
  public String value() {
    return digits;
  }

  /** The display form "0403.019.261". */
  public String formatted() {
    return KboCheck.format(digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnterpriseNumber other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public int compareTo(EnterpriseNumber o) {
    return digits.compareTo(o.digits);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
