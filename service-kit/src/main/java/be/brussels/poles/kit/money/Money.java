package be.brussels.poles.kit.money;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An exact amount of money: a {@link BigDecimal} always at scale 2 and an ISO 4217 currency code.
 * Never a floating-point number. Stored as minor units (cents, a {@code long}) plus the code, and
 * sent over gRPC as {@code brussels.poles.common.v1.Money}. An instance is always valid: at most
 * two decimals, a supported currency, and small enough that its minor units fit a {@code long}
 * with room to spare.
 *
 * <p>The sign is free here; whether an amount must be positive or below a ceiling is the owning
 * service's rule (a requested loan, a monthly budget), not a property of money.
 */
public final class Money implements Comparable<Money> {

  /** The euro, the platform's only currency for now. */
  public static final String EUR = "EUR";

  /**
   * The currencies accepted. Adding one is a business decision (exchange rates, reporting),
   * not a parsing detail; every supported currency must have two minor digits.
   */
  public static final Set<String> SUPPORTED_CURRENCIES = Set.of(EUR);

  /** At most 15 integer digits, so that the minor units fit a long with room for sums. */
  private static final int MAX_INTEGER_DIGITS = 15;

  /**
   * A decimal as text: optional sign, digits, optional fraction, optional exponent (a JSON
   * number such as 2.5E4 arrives this way). No grouping, no NaN or Infinity.
   */
  private static final Pattern DECIMAL_TEXT =
      Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d{1,4})?");

  private final BigDecimal amount;
  private final String currencyCode;

  private Money(BigDecimal amount, String currencyCode) {
    this.amount = amount;
    this.currencyCode = currencyCode;
  }

  /**
   * An amount with at most two (non-zero) decimals in a supported currency.
   *
   * @throws InvalidInputException naming {@code field} when the amount or the currency is refused
   */
  public static Money of(BigDecimal amount, String currencyCode, String field) {
    return parse(currencyCode, amount, field);
  }

  /** An amount in euros, e.g. {@code Money.euros("25000.00")}; errors name the field "amount". */
  public static Money euros(String amount) {
    return parse(EUR, amount, "amount");
  }

  /** The amount {@code minorUnits} / 100 in {@code currencyCode}, as stored in a database. */
  public static Money ofMinorUnits(long minorUnits, String currencyCode) {
    return of(BigDecimal.valueOf(minorUnits, 2), currencyCode, "amount");
  }

  /**
   * Parses money as it arrives from JSON: {@code value} is a string ("25000.00", "25000") or an
   * exact number (BigDecimal, BigInteger, Long, Integer); doubles are refused because they may
   * already have lost cents. Every problem is reported at once, against {@code field + ".currency"}
   * and {@code field + ".value"}.
   *
   * @throws InvalidInputException with one violation per wrong part
   */
  public static Money parse(Object currencyCode, Object value, String field) {
    List<FieldViolation> violations = new ArrayList<>(2);
    String code = null;
    if (currencyCode == null || currencyCode.toString().isBlank()) {
      violations.add(new FieldViolation(field + ".currency", "is required"));
    } else if (!(currencyCode instanceof String text) || (code = checkCurrency(text)) == null) {
      violations.add(new FieldViolation(field + ".currency", mustBeSupported()));
    }
    BigDecimal amount = null;
    try {
      amount = exactAmount(value);
    } catch (IllegalArgumentException e) {
      violations.add(new FieldViolation(field + ".value", e.getMessage()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Money(amount, code);
  }

  /** The amount at scale 2, or IllegalArgumentException with the reason. */
  private static BigDecimal exactAmount(Object value) {
    BigDecimal decimal;
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new IllegalArgumentException("is required");
    } else if (value instanceof String text) {
      String stripped = text.strip();
      if (!DECIMAL_TEXT.matcher(stripped).matches()) {
        throw new IllegalArgumentException(
            "must be a decimal number with at most 2 decimals, such as \"25000.00\"");
      }
      // bound the length before BigDecimal sees it; the integer-digit check follows
      if (stripped.length() > 64) {
        throw new IllegalArgumentException("is too large");
      }
      decimal = new BigDecimal(stripped);
    } else if (value instanceof BigDecimal big) {
      decimal = big;
    } else if (value instanceof BigInteger big) {
      decimal = new BigDecimal(big);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      decimal = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      throw new IllegalArgumentException(
          "must be exact: send it as a string such as \"25000.00\"");
    } else {
      throw new IllegalArgumentException("must be a string or a number, such as \"25000.00\"");
    }
    // Checked before any rescaling: 1E+999999999 is a valid BigDecimal whose setScale(2) would
    // build a billion-digit number.
    if (decimal.signum() != 0 && decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("is too large");
    }
    if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("must have at most 2 decimals");
    }
    return decimal.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static String checkCurrency(String code) {
    if (code == null) {
      return null;
    }
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    return SUPPORTED_CURRENCIES.contains(normalised) ? normalised : null;
  }

  private static String mustBeSupported() {
    return "must be one of " + String.join(", ", SUPPORTED_CURRENCIES.stream().sorted().toList());
  }

  /** The amount, always at scale 2. */
  public BigDecimal amount() {
    return amount;
  }

  /** The ISO 4217 code, for example "EUR". */
  public String currencyCode() {
    return currencyCode;
  }

  /** The amount in the currency's minor unit (cents), exact. */
  public long minorUnits() {
    return amount.movePointRight(2).longValueExact();
  }

  /** -1, 0 or 1. */
  public int signum() {
    return amount.signum();
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currencyCode);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currencyCode);
  }

  /** True when this amount is larger than {@code other} (same currency). */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Orders amounts of one currency; comparing two currencies is a programming error. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currencyCode.equals(other.currencyCode)) {
      throw new IllegalArgumentException(
          "cannot combine " + currencyCode + " and " + other.currencyCode);
    }
  }

  /** For people: "EUR 25,000.00" (grouped, two decimals, independent of the server's locale). */
  public String display() {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return currencyCode + " " + format.format(amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && other.currencyCode.equals(currencyCode)
        && other.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currencyCode);
  }

  /** "EUR 25000.00". */
  @Override
  public String toString() {
    return currencyCode + " " + amount.toPlainString();
  }
}
