package be.brussels.poles.kit.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * For the poles: a gRPC channel to the CRM, the company directory client and the outbox relay
 * that delivers journey events. The application declares its {@link OutboxSources}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(CrmClientConfiguration.class)
public @interface EnableCrmClient {}
