package be.brussels.poles.kit.autoconfigure;

import com.mongodb.client.MongoCollection;
import java.util.List;
import org.bson.Document;

/** The collections whose documents carry an outbox the relay must drain. */
public record OutboxSources(List<MongoCollection<Document>> collections) {}
