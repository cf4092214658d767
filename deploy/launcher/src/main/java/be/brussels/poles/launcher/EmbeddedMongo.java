package be.brussels.poles.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The MongoDB-wire-compatible server of the local platform (mongo-java-server): in memory, or on an H2 MVStore file.
 *
 * <p>With a file, every command that changed data is committed before its reply is sent, so an acknowledged write
 * survives a killed process (not a power cut: MVStore does not fsync each commit). The oplog stays off (it would grow
 * without bound in the file): the platform does not use change streams (docs: architecture, "Data").
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final Optional<Path> dataFile;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, MongoBackend backend, Optional<Path> dataFile, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.dataFile = dataFile;
        this.address = address;
    }

    /**
     * Starts listening.
     *
     * @param host     address to bind, normally 127.0.0.1 (no authentication: never expose it)
     * @param port     TCP port; 0 = any free port
     * @param dataFile H2 file (created with its directory when missing), or empty for memory
     */
    public static EmbeddedMongo start(String host, int port, Optional<Path> dataFile) {
        MongoBackend backend;
        if (dataFile.isPresent()) {
            Path file = dataFile.get().toAbsolutePath();
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the directory of " + file, e);
            }
            backend = new CommittingH2Backend(MVStore.open(file.toString()));
        } else {
            backend = new MemoryBackend();
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new EmbeddedMongo(server, backend, dataFile, server.getLocalAddress());
    }

    public int port() {
        return address.getPort();
    }

    public String host() {
        return address.getHostString();
    }

    public String connectionString() {
        return "mongodb://" + host() + ":" + port();
    }

    public Optional<Path> dataFile() {
        return dataFile;
    }

    public String describe() {
        return "mongo-java-server (" + dataFile.map(f -> "H2 file " + f).orElse("in memory") + ")";
    }

    /** Closes the client connections, stops listening and closes the backend (the H2 file is committed and closed). */
    @Override
    public void close() {
        server.shutdownNow();
    }

    /** H2 backend that commits the MVStore after every command that left unsaved changes. */
    static final class CommittingH2Backend extends H2Backend {

        CommittingH2Backend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                MVStore store = getMvStore();
                if (!store.isClosed() && store.hasUnsavedChanges()) {
                    commit();
                }
            }
        }
    }
}
