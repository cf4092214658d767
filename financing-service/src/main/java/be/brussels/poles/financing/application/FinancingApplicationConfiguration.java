package be.brussels.poles.financing.application;

import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.financing.guarantee.GuaranteeRepository;
import be.brussels.poles.kit.autoconfigure.OutboxSources;
import be.brussels.poles.kit.grpc.GrpcAccessPolicy;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feature into the kit: who may call which RPC, and where the outbox lives. */
@Configuration(proxyBeanMethods = false)
public class FinancingApplicationConfiguration {

  /** Every RPC the service exposes, with its rule; anything else is denied. */
  @Bean
  GrpcAccessPolicy grpcAccessPolicy() {
    return GrpcAccessPolicy.builder()
        .allow(FinancingServiceGrpc.getGetCompanySummaryMethod(), FinancingAccess::maySeeSummary)
        .build();
  }

  @Bean
  OutboxSources outboxSources(FinancingApplicationRepository applications,
      GuaranteeRepository guarantees) {
    return new OutboxSources(List.of(applications.collection(), guarantees.collection()));
  }
}
