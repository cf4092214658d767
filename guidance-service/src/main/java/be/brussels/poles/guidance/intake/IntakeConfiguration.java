package be.brussels.poles.guidance.intake;

import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import be.brussels.poles.guidance.catalogue.SupportCatalogue;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import java.time.Clock;
import java.time.Duration;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires 1819 intake: its collection, the CRM's referral API, the catalogue. */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

  @Bean
  MongoCollection<Document> intakeCollection(MongoDatabase database) {
    return database.getCollection(IntakeRepository.COLLECTION);
  }

  @Bean
  IntakeRepository intakeRepository(@Qualifier("intakeCollection") MongoCollection<Document> collection,
      Clock clock) {
    IntakeRepository repository = new IntakeRepository(collection, clock);
    repository.createIndexes();
    return repository;
  }

  @Bean
  CrmReferrals crmReferrals(@Qualifier("crmChannel") ManagedChannel crmChannel,
      CircuitBreakerRegistry breakers,
      @Value("${poles.crm.referral-deadline:2s}") Duration deadline, Clock clock) {
    return new CrmReferralGrpcClient(ReferralServiceGrpc.newBlockingStub(crmChannel),
        breakers.circuitBreaker("crm"), deadline, clock);
  }

  @Bean
  IntakeService intakeService(IntakeRepository repository, CrmCompanyDirectory companies,
      CrmReferrals referrals, SupportCatalogue catalogue, Clock clock) {
    return new IntakeService(repository, companies, referrals, catalogue, clock);
  }
}
