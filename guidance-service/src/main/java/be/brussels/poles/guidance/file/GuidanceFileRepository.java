package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.mongo.AggregateCollection;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Guidance files in their own collection, stored as every pole stores its aggregates
 * ({@link AggregateCollection}: one document per file with its pending journey events, the
 * outbox, so a change and its event are one write; versioned; newest first by
 * {@code openedAt}).
 */
public final class GuidanceFileRepository {

  /** The collection's name in the service's database. */
  public static final String COLLECTION = "guidance_files";

  private static final Bson NOT_CLOSED = Filters.nin("stage", Arrays.stream(Stage.values())
      .filter(Stage::isTerminal).map(Enum::name).toList());
  /** {@link AggregateCollection#ofCompany}: no limit. */
  private static final int ALL = 0;

  private final AggregateCollection<GuidanceFile> files;

  public GuidanceFileRepository(MongoCollection<Document> files, Clock clock) {
    this.files = new AggregateCollection<>(files,
        AggregateCollection.Mapping.of(GuidanceFileRepository::toDocument,
            GuidanceFileRepository::fromDocument, f -> f.fileId().toString(),
            GuidanceFile::version),
        "openedAt", "guidance file", clock);
  }

  /** Creates the indexes the queries and the outbox relay use; idempotent. */
  public void createIndexes() {
    files.createIndexes();
  }

  /** Stores a new file together with the events announcing it. */
  public void insert(GuidanceFile file, PendingJourneyEvent... events) {
    files.insert(file, events);
  }

  public Optional<GuidanceFile> findById(UUID fileId) {
    return files.findById(fileId.toString());
  }

  /** One page of the files, newest first, optionally of one company. */
  public Page<GuidanceFile> page(ListQuery query) {
    return files.page(query);
  }

  /** The company's files that are not closed, newest first. */
  public List<GuidanceFile> openFilesOf(EnterpriseNumber company) {
    return files.ofCompany(company, NOT_CLOSED, ALL);
  }

  static Document toDocument(GuidanceFile file) {
    Document document = new Document("_id", file.fileId().toString())
        .append("enterpriseNumber", file.enterpriseNumber().value())
        .append("companyName", file.companyName())
        .append("companyVerified", file.companyVerified())
        .append("packageType", file.packageType().name())
        .append("agency", file.agency().name())
        .append("adviser", new Document("name", file.adviser().name())
            .append("email", file.adviser().email()))
        .append("stage", file.stage().name())
        .append("stageSince", Date.from(file.stageSince()))
        .append("openedAt", Date.from(file.openedAt()))
        .append("version", file.version());
    file.note().ifPresent(note -> document.append("note", note));
    return document;
  }

  static GuidanceFile fromDocument(Document d) {
    Document adviser = d.get("adviser", Document.class);
    return new GuidanceFile(
        UUID.fromString(d.getString("_id")),
        EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        d.getString("companyName"),
        d.getBoolean("companyVerified", false),
        PackageType.valueOf(d.getString("packageType")),
        Agency.valueOf(d.getString("agency")),
        new Adviser(adviser.getString("name"), adviser.getString("email")),
        Stage.valueOf(d.getString("stage")),
        d.getDate("stageSince").toInstant(),
        d.getDate("openedAt").toInstant(),
        Optional.ofNullable(d.getString("note")),
        ((Number) d.get("version")).longValue());
  }
}
