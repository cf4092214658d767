package be.brussels.poles.kit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EnterpriseNumberTest {

  /** Builds a valid number from any 8-digit body starting with 0 or 1. */
  static String withCheckDigits(long body) {
    long check = 97 - (body % 97);
    return String.format("%08d%02d", body, check);
  }

  @Provide
  Arbitrary<String> validNumbers() {
    return Arbitraries.longs().between(0, 19_999_999L).map(EnterpriseNumberTest::withCheckDigits);
  }

  @Property
  void everyNumberWithTheRightCheckDigitsIsAccepted(@ForAll("validNumbers") String number) {
    assertThat(EnterpriseNumber.parse(number).value()).isEqualTo(number);
  }

  @Property
  void everyAcceptedNotationGivesTheSameCanonicalNumber(@ForAll("validNumbers") String number) {
    String dotted = number.substring(0, 4) + "." + number.substring(4, 7) + "." + number.substring(7);
    EnterpriseNumber canonical = EnterpriseNumber.parse(number);
    assertThat(EnterpriseNumber.parse(dotted)).isEqualTo(canonical);
    assertThat(EnterpriseNumber.parse("BE" + number)).isEqualTo(canonical);
    assertThat(EnterpriseNumber.parse("be " + dotted)).isEqualTo(canonical);
    assertThat(canonical.formatted()).isEqualTo(dotted);
  }

  @Property
  void theOldNineDigitFormGetsItsLeadingZeroBack(@ForAll("validNumbers") String number) {
    Assume.that(number.startsWith("0"));
    assertThat(EnterpriseNumber.parse(number.substring(1)).value()).isEqualTo(number);
  }

  @Property
  void everySingleDigitSubstitutionIsRejected(@ForAll("validNumbers") String number,
      @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
    char[] digits = number.toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
    String changed = new String(digits);
    Assume.that(changed.charAt(0) == '0' || changed.charAt(0) == '1');
    assertThat(EnterpriseNumber.isValid(changed)).as(changed).isFalse();
  }

  @Property
  void everyAdjacentTranspositionInTheBodyIsRejected(@ForAll("validNumbers") String number,
      @ForAll @IntRange(min = 0, max = 6) int position) {
    Assume.that(number.charAt(position) != number.charAt(position + 1));
    char[] digits = number.toCharArray();
    char swap = digits[position];
    digits[position] = digits[position + 1];
    digits[position + 1] = swap;
    String changed = new String(digits);
    Assume.that(changed.charAt(0) == '0' || changed.charAt(0) == '1');
    assertThat(EnterpriseNumber.isValid(changed)).as(changed).isFalse();
  }

  @Property
  void establishmentUnitNumbersAreNeverEnterpriseNumbers(
      @ForAll @IntRange(min = 2, max = 8) int firstDigit,
      @ForAll @IntRange(min = 0, max = 9_999_999) int rest) {
    String number = withCheckDigits(firstDigit * 10_000_000L + rest);
    assertThatThrownBy(() -> EnterpriseNumber.parse(number))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("establishment unit");
    assertThat(EstablishmentUnitNumber.parse(number).value()).isEqualTo(number);
  }

  @Example
  void publishedVectorsPass() {
    assertThat(EnterpriseNumber.isValid("0403019261")).isTrue();
    assertThat(EnterpriseNumber.parse("BE 428759497").value()).isEqualTo("0428759497");
    assertThat(EnterpriseNumber.isValid("0202239951")).isTrue();
    assertThat(EnterpriseNumber.isValid("1000000021")).isTrue();
    assertThat(EnterpriseNumber.isValid("BE431150351")).isFalse();
    assertThat(EnterpriseNumber.isValid("1000000000")).isFalse();
  }

  @Example
  void rejectionsNameTheFieldAndTheReason() {
    assertThatThrownBy(() -> EnterpriseNumber.parse("0403019262", "company.number"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).hasSize(1);
          assertThat(e.violations().get(0).field()).isEqualTo("company.number");
          assertThat(e.violations().get(0).reason()).contains("mod-97");
        });
  }

  @Example
  void malformedInputIsRejectedWithoutException() {
    for (String bad : new String[] {null, "", "   ", "abc", "04030192611", "0403-019-26x",
        "{\"$gt\": \"\"}", "BE", "9403019261", "０４０３０１９２６１"}) {
      assertThat(EnterpriseNumber.isValid(bad)).as(String.valueOf(bad)).isFalse();
    }
  }
}
