package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the guidance-file feature; its classes stay free of Spring annotations. */
@Configuration(proxyBeanMethods = false)
public class GuidanceFileConfiguration {

  @Bean
  MongoCollection<Document> guidanceFileCollection(MongoDatabase database) {
    return database.getCollection(GuidanceFileRepository.COLLECTION);
  }

  @Bean
  GuidanceFileRepository guidanceFileRepository(
      @Qualifier("guidanceFileCollection") MongoCollection<Document> collection, Clock clock) {
    GuidanceFileRepository repository = new GuidanceFileRepository(collection, clock);
    repository.createIndexes();
    return repository;
  }

  @Bean
  GuidanceFileService guidanceFileService(GuidanceFileRepository repository,
      CrmCompanyDirectory companies, Clock clock) {
    return new GuidanceFileService(repository, companies, clock);
  }

  @Bean
  GuidanceSummaryGrpcService guidanceSummaryGrpcService(GuidanceFileService service, Clock clock) {
    return new GuidanceSummaryGrpcService(service, clock);
  }
}
