package be.brussels.poles.crm.kbo;

import be.brussels.poles.crm.kbo.KboCsvReader.Malformed;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code kboImports} collection: one document per job ({@code _id} = import id), replaced
 * at every progress report. Few documents, so listing sorts in memory without harm.
 */
@Component
public class MongoKboImportRepository implements KboImports {

  private final MongoCollection<Document> collection;

  public MongoKboImportRepository(MongoDatabase database) {
    this.collection = database.getCollection("kboImports");
  }

  @Override
  public void save(KboImportJob job) {
    collection.replaceOne(Filters.eq("_id", job.importId()), toDocument(job),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<KboImportJob> find(String importId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", importId)).first())
        .map(MongoKboImportRepository::fromDocument);
  }

  @Override
  public Page<KboImportJob> list(PageQuery page) {
    List<KboImportJob> jobs = new ArrayList<>();
    collection.find().sort(Sorts.descending("requestedAt")).skip(page.offset())
        .limit(page.size()).forEach(d -> jobs.add(fromDocument(d)));
    return Page.of(jobs, page, collection.countDocuments());
  }

  private static Document toDocument(KboImportJob j) {
    return new Document("_id", j.importId()).append("source", j.source())
        .append("mode", j.mode().name()).append("dryRun", j.dryRun())
        .append("requestedBy", j.requestedBy()).append("requestedAt", Date.from(j.requestedAt()))
        .append("status", j.status().name()).append("phase", j.phase())
        .append("enterprisesTotal", j.enterprisesTotal())
        .append("enterprisesDone", j.enterprisesDone()).append("created", j.created())
        .append("updated", j.updated()).append("unchanged", j.unchanged())
        .append("statusChanges", j.statusChanges()).append("malformedRows", j.malformedRows())
        .append("errors", j.errors().stream().map(e -> new Document("file", e.file())
            .append("line", e.line()).append("reason", e.reason())).toList())
        .append("finishedAt", j.finishedAt() == null ? null : Date.from(j.finishedAt()))
        .append("failure", j.failure());
  }

  private static KboImportJob fromDocument(Document d) {
    Date finished = d.getDate("finishedAt");
    return new KboImportJob(d.getString("_id"), d.getString("source"),
        KboImportMode.valueOf(d.getString("mode")), d.getBoolean("dryRun"),
        d.getString("requestedBy"), d.getDate("requestedAt").toInstant(),
        KboImportJob.Status.valueOf(d.getString("status")), d.getString("phase"),
        number(d, "enterprisesTotal"), number(d, "enterprisesDone"), number(d, "created"),
        number(d, "updated"), number(d, "unchanged"), number(d, "statusChanges"),
        number(d, "malformedRows"),
        d.getList("errors", Document.class, List.of()).stream()
            .map(e -> new Malformed(e.getString("file"), ((Number) e.get("line")).intValue(),
                e.getString("reason"))).toList(),
        finished == null ? null : finished.toInstant(), d.getString("failure"));
  }

  private static long number(Document d, String field) {
    return ((Number) d.get(field)).longValue();
  }
}
