package be.brussels.poles.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One database on an {@link EmbeddedMongo} reached through the real MongoDB Java Driver, for a
 * test class that works without Spring (a repository, the outbox relay): the server starts
 * before the class's tests and stops after them. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmbeddedMongoDatabase MONGO = new EmbeddedMongoDatabase("financing");
 *
 * @BeforeEach
 * void freshRepository() {
 *   repository = new FinancingApplicationRepository(MONGO.emptied(), clock);
 * }
 * }</pre>
 */
public final class EmbeddedMongoDatabase implements BeforeAllCallback, AfterAllCallback {

  private final String name;
  private EmbeddedMongo server;
  private MongoClient client;

  public EmbeddedMongoDatabase(String name) {
    this.name = name;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = EmbeddedMongo.start();
    client = MongoClients.create(server.uri(name));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      client = null;
      server = null;
    }
  }

  /** The database, as the tests left it. */
  public MongoDatabase database() {
    if (client == null) {
      throw new IllegalStateException("register EmbeddedMongoDatabase with @RegisterExtension on a"
          + " static field; it is started before the class's tests");
    }
    return client.getDatabase(name);
  }

  /** The database with every collection dropped: a fresh start for each test. */
  public MongoDatabase emptied() {
    MongoDatabase database = database();
    database.drop();
    return database;
  }

  public MongoCollection<Document> collection(String collection) {
    return database().getCollection(collection);
  }
}
