package be.brussels.poles.kit.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON input is taken as typed. Jackson turns a JSON number or boolean into a string field by
 * default, and {@code spring.jackson.mapper.allow-coercion-of-scalars=false} does not stop that
 * direction: {"enterpriseNumber": 403019261} would be read as "403019261". Refusing it makes it a
 * 400 naming the field, like any other ill-typed value. The services' application.yml add the
 * rest (unknown fields, trailing tokens, duplicate keys).
 */
public final class StrictJson {

  private StrictJson() {}

  public static JsonMapperBuilderCustomizer refuseScalarsForStrings() {
    return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
