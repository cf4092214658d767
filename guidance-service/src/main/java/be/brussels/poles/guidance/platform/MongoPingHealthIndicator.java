package be.brussels.poles.guidance.platform;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's MongoDB health indicator (same bean name, so Boot's backs off). Boot's runs
 * {@code {hello: 1}}, which the embedded mongo-java-server does not know ("no such command:
 * 'hello'"), so health, readiness and the gRPC health service would report DOWN although the
 * database works. {@code ping} is answered by MongoDB and the embedded server alike, and checks
 * the service's own database.
 */
@Component("mongoHealthIndicator")
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoDatabase database;

  public MongoPingHealthIndicator(MongoDatabase database) {
    super("MongoDB ping failed");
    this.database = database;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    database.runCommand(new Document("ping", 1));
    builder.up().withDetail("database", database.getName());
  }
}
