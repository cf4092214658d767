package be.brussels.poles.guidance.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON input is taken as typed. Jackson turns a JSON number or boolean into a string field by
 * default, and {@code spring.jackson.mapper.allow-coercion-of-scalars=false} does not stop that
 * direction: {"enterpriseNumber": 403019261} would open a file for 0403.019.261. Refusing it
 * makes it a 400 naming the field, like any other ill-typed value (same rule as crm-service).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

  @Bean
  JsonMapperBuilderCustomizer refuseScalarsForStrings() {
    return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
