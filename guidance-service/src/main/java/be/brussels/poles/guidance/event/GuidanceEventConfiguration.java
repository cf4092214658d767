package be.brussels.poles.guidance.event;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires events and workshops. */
@Configuration(proxyBeanMethods = false)
public class GuidanceEventConfiguration {

  @Bean
  MongoCollection<Document> guidanceEventCollection(MongoDatabase database) {
    return database.getCollection(GuidanceEventRepository.COLLECTION);
  }

  @Bean
  GuidanceEventRepository guidanceEventRepository(
      @Qualifier("guidanceEventCollection") MongoCollection<Document> collection, Clock clock) {
    GuidanceEventRepository repository = new GuidanceEventRepository(collection, clock);
    repository.createIndexes();
    return repository;
  }

  @Bean
  GuidanceEventService guidanceEventService(GuidanceEventRepository repository, Clock clock) {
    return new GuidanceEventService(repository, clock);
  }
}
