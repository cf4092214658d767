package be.brussels.poles.kit.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Makes a Spring Boot application a platform service: resource server on REST and gRPC,
 * problem+json errors, trace ids, its MongoDB database. The application declares its
 * {@link be.brussels.poles.kit.grpc.GrpcAccessPolicy}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(PolesServiceConfiguration.class)
public @interface EnablePolesService {}
