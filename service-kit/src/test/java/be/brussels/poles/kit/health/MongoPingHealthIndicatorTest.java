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
        // generous: on a loaded CI machine the first server selection alone can take over 500 ms;
        // once the server is gone the DOWN answer simply waits this long
        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
        .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS))
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
