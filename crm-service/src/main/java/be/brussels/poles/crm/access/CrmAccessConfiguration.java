package be.brussels.poles.crm.access;

import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import be.brussels.poles.kit.grpc.GrpcAccessPolicy;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access rules as beans, and the gRPC method rules built from them. */
@Configuration(proxyBeanMethods = false)
public class CrmAccessConfiguration {

  @Bean
  CrmAccessPolicy crmAccessPolicy(@Value("${poles.security.client-id}") String clientId) {
    return new CrmAccessPolicy(clientId);
  }

  @Bean
  AccessLog accessLog(AccessLogStore store, CrmAccessPolicy policy, Clock clock) {
    return new AccessLog(store, policy, clock);
  }

  /**
   * One rule per RPC; the kit denies any method without one, so a new RPC fails closed until
   * it is listed here. The services check the same policy again on their own (defence in
   * depth, and the finer checks such as the agencies a pole may record for live there).
   */
  @Bean
  GrpcAccessPolicy grpcAccessPolicy(CrmAccessPolicy policy) {
    return GrpcAccessPolicy.builder()
        .allow(CompanyDirectoryServiceGrpc.getResolveCompanyMethod(), policy::mayReadCompany)
        .allow(CompanyDirectoryServiceGrpc.getRegisterCompanyMethod(), policy::mayRegisterCompany)
        .allow(JourneyServiceGrpc.getAppendJourneyEventsMethod(), policy::mayAppendJourney)
        .allow(JourneyServiceGrpc.getListCompanyJourneyMethod(), policy::mayListJourney)
        .allow(ReferralServiceGrpc.getGetReferralMethod(), policy::mayListJourney)
        .allow(ReferralServiceGrpc.getListOpenReferralsMethod(), policy::mayListJourney)
        .build();
  }
}
