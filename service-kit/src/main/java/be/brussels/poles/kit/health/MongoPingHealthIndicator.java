package be.brussels.poles.kit.health;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The service's database health by {@code ping}. Boot's own MongoDB indicator sends
 * {@code {hello: 1}}, which the embedded mongo-java-server does not know ("no such command:
 * 'hello'"), so health would report DOWN on a working database. {@code ping} is answered by
 * MongoDB and the embedded server alike. Registered as "mongoHealthIndicator", which makes Boot's
 * back off.
 */
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
