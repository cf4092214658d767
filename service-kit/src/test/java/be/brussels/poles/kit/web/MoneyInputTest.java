package be.brussels.poles.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

class MoneyInputTest {

  record Body(MoneyInput amount) {}

  private static final JsonMapper LENIENT = JsonMapper.builder().build();
  /** A mapper that refuses numbers for string fields, as a service may configure it. */
  private static final JsonMapper STRICT = JsonMapper.builder()
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
      .build();

  @Test
  void aJsonNumberIsTakenAsItsLiteralTextWhateverTheMapper() {
    for (JsonMapper mapper : new JsonMapper[] {LENIENT, STRICT}) {
      Body body = mapper.readValue("{\"amount\":{\"currency\":\"EUR\",\"value\":25000.10}}",
          Body.class);
      assertThat(body.amount().value()).isEqualTo("25000.10");
      assertThat(body.amount().toMoney("amount")).isEqualTo(Money.euros("25000.10"));
      assertThat(mapper.readValue("{\"amount\":{\"currency\":\"EUR\",\"value\":0.1}}", Body.class)
          .amount().toMoney("amount").minorUnits()).isEqualTo(10);
    }
  }

  @Test
  void aJsonStringIsTakenAsIs() {
    Body body = STRICT.readValue("{\"amount\":{\"currency\":\"EUR\",\"value\":\"25000.00\"}}",
        Body.class);
    assertThat(body.amount().toMoney("amount")).isEqualTo(Money.euros("25000"));
  }

  @Test
  void anObjectOrABooleanWhereTheValueBelongsIsATypeErrorOnThatField() {
    for (String value : new String[] {"{\"$gt\":\"\"}", "[1]", "true"}) {
      assertThatThrownBy(() -> LENIENT.readValue(
          "{\"amount\":{\"currency\":\"EUR\",\"value\":" + value + "}}", Body.class))
          .isInstanceOf(DatabindException.class)
          .satisfies(e -> assertThat(JsonErrors.fieldOf(e)).isEqualTo("amount.value"));
    }
  }

  @Test
  void bothPartsAreCheckedAtOnce() {
    assertThatThrownBy(() -> new MoneyInput("USD", "1.005").toMoney("budget"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations())
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactly(new FieldViolation("budget.currency", "must be one of EUR"),
            new FieldViolation("budget.value", "must have at most 2 decimals"));
  }
}
