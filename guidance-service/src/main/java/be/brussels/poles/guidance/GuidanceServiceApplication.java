package be.brussels.poles.guidance;

import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.guidance.file.GuidanceFileAccess;
import be.brussels.poles.kit.autoconfigure.EnableCrmClient;
import be.brussels.poles.kit.autoconfigure.EnablePolesService;
import be.brussels.poles.kit.autoconfigure.OutboxSources;
import be.brussels.poles.kit.grpc.GrpcAccessPolicy;
import com.mongodb.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The guidance pole (hub.brussels: 1819, impulse, Atrium, Brussels Invest & Export): guidance
 * files per entrepreneur package, their journey events to the CRM, and the pole's summary for the
 * CRM 360 view.
 */
@SpringBootApplication
@EnablePolesService
@EnableCrmClient
public class GuidanceServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(GuidanceServiceApplication.class, args);
  }

  /** Who may call which RPC; anything not listed is denied. */
  @Bean
  GrpcAccessPolicy grpcAccessPolicy() {
    return GrpcAccessPolicy.builder()
        .allow(GuidanceServiceGrpc.getGetCompanySummaryMethod(), GuidanceFileAccess::maySeeSummary)
        .allow(GuidanceServiceGrpc.getCheckOpenGuidanceFileMethod(),
            GuidanceFileAccess::mayCheckOpenFile)
        .build();
  }

  /** The collections whose documents carry journey events for the relay. */
  @Bean
  OutboxSources outboxSources(
      @Qualifier("guidanceFileCollection") MongoCollection<Document> guidanceFiles,
      @Qualifier("intakeCollection") MongoCollection<Document> intakeRequests,
      @Qualifier("guidanceEventCollection") MongoCollection<Document> events) {
    return new OutboxSources(List.of(guidanceFiles, intakeRequests, events));
  }
}
