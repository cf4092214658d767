package be.brussels.poles.kit.web;

import be.brussels.poles.kit.money.Money;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Money as a JSON request body carries it: {@code {"currency": "EUR", "value": "25000.00"}}.
 * {@code value} may be a JSON string or a JSON number; a number is kept as its literal text
 * ({@code 25000.10} stays "25000.10"), never read through a double, whatever the mapper's
 * coercion settings. An object, array or boolean there is refused while reading, naming the
 * field. {@link #toMoney} then applies {@link Money#parse}'s rules, reporting both parts at once.
 *
 * @param currency ISO 4217 code, e.g. "EUR"
 * @param value the amount as text, e.g. "25000.00"
 */
public record MoneyInput(String currency,
    @JsonDeserialize(using = MoneyInput.DecimalText.class) String value) {

  /**
   * The checked money; violations name {@code field + ".currency"} and {@code field + ".value"}.
   *
   * @throws be.brussels.poles.kit.error.InvalidInputException when either part is wrong
   */
  public Money toMoney(String field) {
    return Money.parse(currency, value, field);
  }

  /** Takes a JSON string or number as its exact text; anything else is a type error. */
  static final class DecimalText extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
          || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return parser.getString();
      }
      return (String) context.handleUnexpectedToken(String.class, parser);
    }
  }
}
