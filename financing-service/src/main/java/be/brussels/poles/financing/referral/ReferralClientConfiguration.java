package be.brussels.poles.financing.referral;

import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRM's referral API on the kit's CRM channel, behind the "crm" breaker. */
@Configuration(proxyBeanMethods = false)
public class ReferralClientConfiguration {

  @Bean
  CrmReferrals crmReferrals(@Qualifier("crmChannel") ManagedChannel crmChannel,
      CircuitBreakerRegistry breakers,
      @Value("${poles.crm.referral-deadline:2s}") Duration deadline) {
    return new CrmReferrals(ReferralServiceGrpc.newBlockingStub(crmChannel),
        breakers.circuitBreaker("crm"), deadline);
  }
}
