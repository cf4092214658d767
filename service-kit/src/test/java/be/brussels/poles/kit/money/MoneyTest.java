package be.brussels.poles.kit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.grpc.ProtoMapping;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.api.InstanceOfAssertFactories;

class MoneyTest {

  @Property
  void minorUnitsSurviveEveryRoundTrip(
      @ForAll @LongRange(min = -99_999_999_999_999_99L, max = 99_999_999_999_999_99L) long cents) {
    Money money = Money.ofMinorUnits(cents, "EUR");
    assertThat(money.minorUnits()).isEqualTo(cents);
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(Money.parse("EUR", money.amount().toPlainString(), "amount")).isEqualTo(money);
    assertThat(Money.parse("EUR", money.amount(), "amount")).isEqualTo(money);
    assertThat(ProtoMapping.fromProto(ProtoMapping.toProto(money), "amount")).isEqualTo(money);
  }

  @Property
  void sumsAreExact(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long a,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long b) {
    Money sum = Money.ofMinorUnits(a, "EUR").plus(Money.ofMinorUnits(b, "EUR"));
    assertThat(sum.minorUnits()).isEqualTo(a + b);
    assertThat(sum.minus(Money.ofMinorUnits(b, "EUR"))).isEqualTo(Money.ofMinorUnits(a, "EUR"));
  }

  @Example
  void everyExactNotationOfOneAmountIsTheSameMoney() {
    Money expected = Money.ofMinorUnits(2_500_000, "EUR");
    assertThat(Money.parse("EUR", "25000.00", "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", "25000", "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", " 25000.0 ", "amount")).isEqualTo(expected);
    assertThat(Money.parse("eur", "+25000.000", "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", 25000, "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", 25000L, "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", BigInteger.valueOf(25000), "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", new BigDecimal("2.5E+4"), "amount")).isEqualTo(expected);
    assertThat(Money.euros("25000.00")).isEqualTo(expected);
    // JSON numbers in exponent form arrive as their literal text
    assertThat(Money.parse("EUR", "2.5E4", "amount")).isEqualTo(expected);
    assertThat(Money.parse("EUR", "2500000e-2", "amount")).isEqualTo(expected);
    assertThat(expected.amount()).isEqualByComparingTo("25000").hasToString("25000.00");
  }

  @Example
  void centsAreKeptExactly() {
    Money money = Money.euros("0.10").plus(Money.euros("0.20"));
    assertThat(money).isEqualTo(Money.euros("0.30"));
    assertThat(money.minorUnits()).isEqualTo(30);
  }

  @Example
  void moreThanTwoDecimalsAreRefused() {
    assertRefused("EUR", "10.005", "amount.value", "must have at most 2 decimals");
    assertRefused("EUR", new BigDecimal("0.001"), "amount.value", "must have at most 2 decimals");
    assertRefused("EUR", new BigDecimal("1E-999999999"), "amount.value",
        "must have at most 2 decimals");
  }

  @Example
  void hugeAmountsAreRefusedWithoutBeingExpanded() {
    // a tiny BigDecimal whose rescaling would need a billion digits
    assertRefused("EUR", new BigDecimal("1E+999999999"), "amount.value", "is too large");
    assertRefused("EUR", "1" + "0".repeat(15), "amount.value", "is too large");
    assertRefused("EUR", "9".repeat(200), "amount.value", "is too large");
    assertRefused("EUR", "1e9999", "amount.value", "is too large");
    assertRefused("EUR", "1e-9999", "amount.value", "must have at most 2 decimals");
    assertThat(Money.parse("EUR", "9".repeat(15) + ".99", "amount").minorUnits())
        .isEqualTo(999_999_999_999_999_99L);
  }

  @Example
  void textThatIsNotAPlainDecimalIsRefused() {
    for (String text : new String[] {"abc", "25,000.00", "25 000", "0x10", "NaN",
        "Infinity", "25.", ".5", "€25", "1e99999"}) {
      assertRefused("EUR", text, "amount.value",
          "must be a decimal number with at most 2 decimals, such as \"25000.00\"");
    }
  }

  @Example
  void floatingPointNumbersAreRefusedAsInexact() {
    assertRefused("EUR", 0.1d, "amount.value",
        "must be exact: send it as a string such as \"25000.00\"");
    assertRefused("EUR", 0.1f, "amount.value",
        "must be exact: send it as a string such as \"25000.00\"");
  }

  @Example
  void valuesOfAnotherShapeAreRefused() {
    assertRefused("EUR", Map.of("$gt", ""), "amount.value",
        "must be a string or a number, such as \"25000.00\"");
    assertRefused("EUR", true, "amount.value", "must be a string or a number, such as \"25000.00\"");
  }

  @Example
  void missingPartsAreRequired() {
    assertRefused("EUR", null, "amount.value", "is required");
    assertRefused("EUR", "  ", "amount.value", "is required");
    assertRefused(null, "1.00", "amount.currency", "is required");
  }

  @Example
  void onlySupportedCurrenciesAreAccepted() {
    assertRefused("USD", "1.00", "amount.currency", "must be one of EUR");
    assertRefused("EURO", "1.00", "amount.currency", "must be one of EUR");
    assertRefused(42, "1.00", "amount.currency", "must be one of EUR");
    assertThatThrownBy(() -> ProtoMapping.fromProto(
        be.brussels.poles.api.common.v1.Money.newBuilder().setCurrencyCode("").setMinorUnits(1)
            .build(), "requestedAmount"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("requestedAmount.currency is required");
  }

  @Example
  void everyWrongPartIsReportedAtOnce() {
    assertThatThrownBy(() -> Money.parse("GBP", "1.234", "budget"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations())
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactly(new FieldViolation("budget.currency", "must be one of EUR"),
            new FieldViolation("budget.value", "must have at most 2 decimals"));
  }

  @Example
  void amountsOfDifferentCurrenciesDoNotMix() {
    // only one currency is supported today; the guard is for the day a second one arrives
    Money euros = Money.euros("1.00");
    assertThat(euros.compareTo(Money.euros("0.99"))).isPositive();
    assertThat(euros.isGreaterThan(Money.euros("1.00"))).isFalse();
  }

  @Example
  void signAndZeroAreExposed() {
    assertThat(Money.euros("0").signum()).isZero();
    assertThat(Money.euros("-0.01").isPositive()).isFalse();
    assertThat(Money.euros("0.01").isPositive()).isTrue();
    assertThat(Money.euros("0.00")).isEqualTo(Money.euros("-0"));
  }

  @Example
  void displayIsGroupedWithTwoDecimals() {
    assertThat(Money.euros("1234567.5").display()).isEqualTo("EUR 1,234,567.50");
    assertThat(Money.euros("25000").toString()).isEqualTo("EUR 25000.00");
  }

  private static void assertRefused(Object currency, Object value, String field, String reason) {
    assertThatThrownBy(() -> Money.parse(currency, value, "amount"))
        .as("%s %s", currency, value)
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations())
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactly(new FieldViolation(field, reason));
  }
}
