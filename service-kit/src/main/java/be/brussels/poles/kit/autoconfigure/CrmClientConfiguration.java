package be.brussels.poles.kit.autoconfigure;

import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.crm.CrmReferralDirectory;
import be.brussels.poles.kit.grpc.BearerCredentials;
import be.brussels.poles.kit.grpc.GrpcJourneyEventSink;
import be.brussels.poles.kit.grpc.OutgoingCallInterceptor;
import be.brussels.poles.kit.journey.JourneyEventSink;
import be.brussels.poles.kit.outbox.OutboxRelay;
import be.brussels.poles.kit.outbox.OutboxSettings;
import be.brussels.poles.kit.security.ServiceTokenProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@link EnableCrmClient} brings. The CRM breaker is configured as "crm" in application.yml. */
@Configuration(proxyBeanMethods = false)
public class CrmClientConfiguration {

  /** Plain-text gRPC inside the cluster network; TLS is the service mesh's job in production. */
  @Bean(destroyMethod = "shutdownNow")
  ManagedChannel crmChannel(@Value("${poles.crm.grpc-target}") String target) {
    return Grpc.newChannelBuilder(target, InsecureChannelCredentials.create())
        .intercept(new OutgoingCallInterceptor())
        .build();
  }

  @Bean
  CrmCompanyDirectory crmCompanyDirectory(ManagedChannel crmChannel,
      CircuitBreakerRegistry breakers,
      @Value("${poles.crm.resolve-deadline:2s}") Duration deadline) {
    return new CrmCompanyDirectory(CompanyDirectoryServiceGrpc.newBlockingStub(crmChannel),
        breakers.circuitBreaker("crm"), deadline);
  }

  /** Reads referrals on the user's behalf; named apart from any service's own referral client. */
  @Bean
  CrmReferralDirectory crmReferralDirectory(ManagedChannel crmChannel,
      CircuitBreakerRegistry breakers,
      @Value("${poles.crm.referral-deadline:2s}") Duration deadline) {
    return new CrmReferralDirectory(ReferralServiceGrpc.newBlockingStub(crmChannel),
        breakers.circuitBreaker("crm"), deadline);
  }

  @Bean
  JourneyEventSink journeyEventSink(ManagedChannel crmChannel, CircuitBreakerRegistry breakers,
      ServiceTokenProvider tokens,
      @Value("${poles.crm.append-deadline:5s}") Duration deadline) {
    return new GrpcJourneyEventSink(JourneyServiceGrpc.newBlockingStub(crmChannel),
        breakers.circuitBreaker("crm"), new BearerCredentials(tokens::token), deadline);
  }

  @Bean
  OutboxRelay outboxRelay(OutboxSources sources, JourneyEventSink sink, Clock clock,
      OutboxSettings settings) {
    return new OutboxRelay(sources.collections(), sink, clock, settings);
  }
}
