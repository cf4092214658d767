package be.brussels.poles.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One JSON mapper for the tests. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static JsonNode parse(String body) {
    return body == null || body.isBlank() ? MAPPER.nullNode() : MAPPER.readTree(body);
  }

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
