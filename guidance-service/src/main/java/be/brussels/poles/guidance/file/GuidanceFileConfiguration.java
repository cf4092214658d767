package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import be.brussels.poles.kit.money.Money;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

  /**
   * The symbolic fee of each package, from {@code guidance.package-fee.<PACKAGE>} (euros, e.g.
   * "25.00"); a package without a setting is free.
   */
  @Bean
  PackageFees packageFees(Environment environment) {
    Map<PackageType, Money> fees = new EnumMap<>(PackageType.class);
    for (PackageType type : PackageType.values()) {
      String amount = environment.getProperty("guidance.package-fee." + type.name());
      if (amount != null && !amount.isBlank()) {
        fees.put(type, Money.euros(amount.strip()));
      }
    }
    return new PackageFees(fees);
  }

  @Bean
  GuidanceFileService guidanceFileService(GuidanceFileRepository repository,
      CrmCompanyDirectory companies, OperatorDirectory operators, PackageFees fees, Clock clock) {
    return new GuidanceFileService(repository, companies, operators, fees, clock);
  }

  @Bean
  GuidanceSummaryGrpcService guidanceSummaryGrpcService(GuidanceFileService service, Clock clock) {
    return new GuidanceSummaryGrpcService(service, clock);
  }
}
