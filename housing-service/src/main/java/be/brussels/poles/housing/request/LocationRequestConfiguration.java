package be.brussels.poles.housing.request;

import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.housing.cheque.ChequeRepository;
import be.brussels.poles.housing.cohort.CohortRepository;
import be.brussels.poles.housing.inventory.UnitRepository;
import be.brussels.poles.kit.autoconfigure.OutboxSources;
import be.brussels.poles.kit.grpc.GrpcAccessPolicy;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feature into the kit: who may call which RPC, and where the outbox lives. */
@Configuration(proxyBeanMethods = false)
public class LocationRequestConfiguration {

  /** Every RPC the service exposes, with its rule; anything else is denied. */
  @Bean
  GrpcAccessPolicy grpcAccessPolicy() {
    return GrpcAccessPolicy.builder()
        .allow(HousingServiceGrpc.getGetCompanySummaryMethod(), HousingAccess::maySeeSummary)
        .build();
  }

  @Bean
  OutboxSources outboxSources(LocationRequestRepository requests, UnitRepository units,
      ChequeRepository cheques, CohortRepository cohorts) {
    return new OutboxSources(List.of(requests.collection(), units.collection(),
        cheques.collection(), cohorts.collection()));
  }
}
