package be.brussels.poles.kit.autoconfigure;

import be.brussels.poles.kit.grpc.GrpcAccessPolicy;
import be.brussels.poles.kit.grpc.GrpcAuthenticationInterceptor;
import be.brussels.poles.kit.grpc.GrpcErrors;
import be.brussels.poles.kit.grpc.TraceServerInterceptor;
import be.brussels.poles.kit.health.MongoPingHealthIndicator;
import be.brussels.poles.kit.outbox.OutboxSettings;
import be.brussels.poles.kit.security.JwtDecoders;
import be.brussels.poles.kit.security.PolesSecurityProperties;
import be.brussels.poles.kit.security.ResourceServerSecurity;
import be.brussels.poles.kit.security.ServiceTokenProvider;
import be.brussels.poles.kit.web.ProblemDetailsAdvice;
import be.brussels.poles.kit.web.RequestSizeLimitFilter;
import be.brussels.poles.kit.web.StrictJson;
import be.brussels.poles.kit.web.TraceIdFilter;
import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/** What {@link EnablePolesService} brings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PolesSecurityProperties.class, OutboxSettings.class})
public class PolesServiceConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  JwtDecoder jwtDecoder(PolesSecurityProperties properties) {
    return JwtDecoders.forService(properties);
  }

  @Bean
  SecurityFilterChain polesSecurityFilterChain(HttpSecurity http, JwtDecoder decoder)
      throws Exception {
    return ResourceServerSecurity.filterChain(http, decoder);
  }

  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return StrictJson.refuseScalarsForStrings();
  }

  @Bean
  ProblemDetailsAdvice problemDetailsAdvice() {
    return new ProblemDetailsAdvice();
  }

  @Bean
  FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
    FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${poles.web.max-request-bytes:262144}") long maxBytes) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  @GlobalServerInterceptor
  @Order(10)
  TraceServerInterceptor traceServerInterceptor() {
    return new TraceServerInterceptor();
  }

  @Bean
  @GlobalServerInterceptor
  @Order(20)
  GrpcAuthenticationInterceptor grpcAuthenticationInterceptor(JwtDecoder decoder,
      GrpcAccessPolicy policy) {
    return new GrpcAuthenticationInterceptor(decoder, policy);
  }

  @Bean
  GrpcErrors grpcErrors() {
    return new GrpcErrors();
  }

  /** The service's own database, named in the URI's path; writes acknowledged by a majority. */
  @Bean
  MongoDatabase mongoDatabase(MongoClient client, @Value("${spring.mongodb.uri}") String uri) {
    String name = new ConnectionString(uri).getDatabase();
    if (name == null) {
      throw new IllegalStateException("spring.mongodb.uri must name the service's database");
    }
    return client.getDatabase(name).withWriteConcern(WriteConcern.MAJORITY);
  }

  /**
   * Database health that the embedded server can answer too (see the class). A service that
   * declares its own "mongoHealthIndicator" keeps it.
   */
  @Bean
  @ConditionalOnMissingBean(name = "mongoHealthIndicator")
  MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase mongoDatabase) {
    return new MongoPingHealthIndicator(mongoDatabase);
  }

  @Bean
  ServiceTokenProvider serviceTokenProvider(PolesSecurityProperties properties, Clock clock) {
    return new ServiceTokenProvider(properties, clock);
  }
}
