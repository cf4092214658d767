package be.brussels.poles.kit.health;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.testsupport.EmbeddedMongo;
import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class MongoPingHealthIndicatorTest {

  @Test
  void upOnTheEmbeddedServerAndDownOnceItIsGone() {
    EmbeddedMongo mongo = EmbeddedMongo.start();
    MongoClientSettings settings = MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString(mongo.uri("health")))
        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
        .applyToSocketSettings(socket -> socket.connectTimeout(500, TimeUnit.MILLISECONDS))
        .build();
    try (MongoClient client = MongoClients.create(settings)) {
      MongoPingHealthIndicator indicator =
          new MongoPingHealthIndicator(client.getDatabase("health"));

      assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      assertThat(indicator.health().getDetails()).containsEntry("database", "health");

      mongo.close();
      assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }
  }
}
