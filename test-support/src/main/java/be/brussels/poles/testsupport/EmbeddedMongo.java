package be.brussels.poles.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * An in-memory MongoDB-wire-compatible server on a free loopback port, reached by tests through
 * the real MongoDB Java Driver over TCP.
 */
public final class EmbeddedMongo implements AutoCloseable {

  private final MongoServer server;
  private final InetSocketAddress address;

  private EmbeddedMongo() {
    server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    address = server.getLocalAddress();
  }

  public static EmbeddedMongo start() {
    return new EmbeddedMongo();
  }

  /** A connection string for {@code database} on this server. */
  public String uri(String database) {
    return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
  }

  public int port() {
    return address.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
