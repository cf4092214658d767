package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

/** The {@code mongo} command, run as its own process, against the real MongoDB Java driver over TCP. */
class MongoCommandTest {

    @TempDir
    Path dir;

    private LocalPlatform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private LocalPlatform mongo(Path dataFile) {
        LocalPlatform.Builder b = LocalPlatform.builder(dir).only(LocalPlatform.MONGO).port(LocalPlatform.MONGO, 0)
                .runDirectory(dir.resolve("run")).reporter(line -> { });
        if (dataFile != null) {
            b.mongoFile(dataFile);
        }
        platform = b.build();
        platform.startAll();
        return platform;
    }

    private MongoClient client() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(platform.mongoUri("crm")))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    @Test
    void servesTheMongoDbDriverOverTcp() {
        mongo(null);
        try (MongoClient client = client()) {
            MongoCollection<Document> companies = client.getDatabase("crm").getCollection("companies");
            companies.createIndex(Indexes.ascending("enterpriseNumber"), new IndexOptions().unique(true));
            companies.insertOne(new Document("enterpriseNumber", "0403019261").append("name", "Demo").append("version", 1));

            companies.updateOne(Filters.and(Filters.eq("enterpriseNumber", "0403019261"), Filters.eq("version", 1)),
                    Updates.combine(Updates.set("name", "Demo SRL"), Updates.inc("version", 1)));

            Document found = companies.find(Filters.eq("enterpriseNumber", "0403019261")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Demo SRL");
            assertThat(found.getInteger("version")).isEqualTo(2);
            assertThatThrownBy(() -> companies.insertOne(new Document("enterpriseNumber", "0403019261")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        }
    }

    @Test
    void logsOneLineWhenListening() throws IOException {
        mongo(null);

        List<String> lines = Files.readAllLines(platform.logFile(LocalPlatform.MONGO));
        assertThat(lines).hasSize(2); // the launcher's header, then the server's own line
        assertThat(lines.get(1)).contains("mongo-java-server (in memory) listening on 127.0.0.1:"
                + platform.port(LocalPlatform.MONGO));
    }

    @Test
    void fileBackendKeepsDataAcrossStopAndStart() {
        Path data = dir.resolve("data/mongo.mv.db");
        mongo(data);
        try (MongoClient client = client()) {
            client.getDatabase("crm").getCollection("companies").insertOne(new Document("_id", "0428759497"));
        }

        platform.stop(LocalPlatform.MONGO);
        assertThat(data).exists();
        assertThat(platform.logTail(LocalPlatform.MONGO, 3)).contains("stopped");
        platform.start(LocalPlatform.MONGO);
        platform.awaitHealthy(LocalPlatform.MONGO);

        try (MongoClient client = client()) {
            assertThat(client.getDatabase("crm").getCollection("companies").countDocuments(Filters.eq("_id",
                    "0428759497"))).isEqualTo(1);
        }
    }

    @Test
    void fileBackendKeepsAcknowledgedWritesWhenTheProcessIsKilled() {
        Path data = dir.resolve("mongo.mv.db");
        mongo(data);
        try (MongoClient client = client()) {
            MongoCollection<Document> events = client.getDatabase("crm").getCollection("events");
            for (int i = 0; i < 20; i++) {
                events.insertOne(new Document("_id", i));
            }
            events.updateOne(Filters.eq("_id", 19), Updates.set("last", true));
        }

        platform.kill(LocalPlatform.MONGO);
        platform.start(LocalPlatform.MONGO);
        platform.awaitHealthy(LocalPlatform.MONGO);

        try (MongoClient client = client()) {
            MongoCollection<Document> events = client.getDatabase("crm").getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(20);
            assertThat(events.find(Filters.eq("_id", 19)).first()).containsEntry("last", true);
        }
    }

    @Test
    void memoryBackendStartsEmptyAgain() {
        mongo(null);
        try (MongoClient client = client()) {
            client.getDatabase("crm").getCollection("companies").insertOne(new Document("_id", "0202239951"));
        }

        platform.restart(LocalPlatform.MONGO);

        try (MongoClient client = client()) {
            assertThat(client.getDatabase("crm").getCollection("companies").countDocuments()).isZero();
        }
    }
}
