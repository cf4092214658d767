package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Guidance files in their own collection, one document per file, with the file's pending
 * journey events in the same document (the outbox), so a change and its event are one write.
 */
public final class GuidanceFileRepository {

  /** The collection's name in the service's database. */
  public static final String COLLECTION = "guidance_files";

  private static final Bson NEWEST_FIRST = Sorts.orderBy(Sorts.descending("openedAt"),
      Sorts.descending("_id"));

  private final MongoCollection<Document> files;

  public GuidanceFileRepository(MongoCollection<Document> files) {
    this.files = files;
  }

  /** Creates the indexes the queries and the outbox relay use; idempotent. */
  public void createIndexes() {
    files.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
        Indexes.descending("openedAt")), new IndexOptions().name("company_newest_first"));
    files.createIndex(Indexes.descending("openedAt"), new IndexOptions().name("newest_first"));
    files.createIndex(Indexes.ascending(Outbox.DUE_AT), new IndexOptions().name("outbox_due"));
  }

  /** Stores a new file together with the events announcing it. */
  public void insert(GuidanceFile file, PendingJourneyEvent... events) {
    files.insertOne(Outbox.withPending(toDocument(file), file.openedAt(), events));
  }

  public Optional<GuidanceFile> findById(UUID fileId) {
    return Optional.ofNullable(files.find(Filters.eq("_id", fileId.toString())).first())
        .map(GuidanceFileRepository::fromDocument);
  }

  /** One page of the files, newest first, optionally of one company. */
  public Page<GuidanceFile> page(FileQuery query) {
    Bson filter = query.enterpriseNumber()
        .map(n -> Filters.eq("enterpriseNumber", n.value()))
        .orElse(new Document());
    long total = files.countDocuments(filter);
    List<GuidanceFile> items = new ArrayList<>();
    files.find(filter).sort(NEWEST_FIRST).skip((int) query.offset()).limit(query.size())
        .forEach(d -> items.add(fromDocument(d)));
    return new Page<>(items, query.page(), query.size(), total);
  }

  /** The company's files that are not closed, newest first. */
  public List<GuidanceFile> openFilesOf(EnterpriseNumber company) {
    List<String> terminal = Arrays.stream(Stage.values()).filter(Stage::isTerminal)
        .map(Enum::name).toList();
    List<GuidanceFile> open = new ArrayList<>();
    files.find(Filters.and(Filters.eq("enterpriseNumber", company.value()),
            Filters.nin("stage", terminal)))
        .sort(NEWEST_FIRST)
        .forEach(d -> open.add(fromDocument(d)));
    return open;
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
