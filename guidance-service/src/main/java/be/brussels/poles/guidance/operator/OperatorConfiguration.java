package be.brussels.poles.guidance.operator;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the operators registry. */
@Configuration(proxyBeanMethods = false)
public class OperatorConfiguration {

  @Bean
  OperatorRepository operatorRepository(MongoDatabase database) {
    OperatorRepository repository =
        new OperatorRepository(database.getCollection(OperatorRepository.COLLECTION));
    repository.createIndexes();
    return repository;
  }

  @Bean
  OperatorService operatorService(OperatorRepository repository, Clock clock) {
    return new OperatorService(repository, clock);
  }
}
