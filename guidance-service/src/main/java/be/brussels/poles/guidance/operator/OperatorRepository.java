package be.brussels.poles.guidance.operator;

import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;

/** The operators registry in its own collection, versioned (optimistic locking). */
public final class OperatorRepository {

  public static final String COLLECTION = "operators";

  private final MongoCollection<Document> collection;

  public OperatorRepository(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  public void createIndexes() {
    collection.createIndex(Indexes.ascending("nameKey"));
  }

  public void insert(Operator operator) {
    collection.insertOne(toDocument(operator));
  }

  /** Replaces the operator read at its version; a 409 when it moved on. */
  public Operator save(Operator operator) {
    Operator next = new Operator(operator.operatorId(), operator.name(), operator.kind(),
        operator.enterpriseNumber(), operator.specialities(), operator.charterSignedOn(),
        operator.accreditedFrom(), operator.accreditedUntil(), operator.state(),
        operator.version() + 1);
    var result = collection.replaceOne(Filters.and(
        Filters.eq("_id", operator.operatorId().toString()),
        Filters.eq("version", operator.version())), toDocument(next));
    if (result.getMatchedCount() == 0) {
      if (findById(operator.operatorId()).isEmpty()) {
        throw new NotFoundException("no operator " + operator.operatorId());
      }
      throw new ConflictException("operator " + operator.operatorId() + " was changed by someone"
          + " else since version " + operator.version() + "; reload it and try again");
    }
    return next;
  }

  public Optional<Operator> findById(UUID operatorId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", operatorId.toString())).first())
        .map(OperatorRepository::fromDocument);
  }

  /** Every operator by name, optionally only those in {@code state}. */
  public List<Operator> all(Optional<Operator.State> state) {
    return collection.find(state.map(s -> Filters.eq("state", s.name())).orElseGet(Filters::empty))
        .sort(Sorts.ascending("nameKey", "_id")).map(OperatorRepository::fromDocument)
        .into(new ArrayList<>());
  }

  public long count() {
    return collection.countDocuments();
  }

  static Document toDocument(Operator o) {
    Document d = new Document("_id", o.operatorId().toString()).append("name", o.name())
        .append("nameKey", o.name().toLowerCase(java.util.Locale.ROOT))
        .append("kind", o.kind().name()).append("specialities", o.specialities())
        .append("state", o.state().name()).append("version", o.version());
    o.enterpriseNumber().ifPresent(n -> d.append("enterpriseNumber", n));
    o.charterSignedOn().ifPresent(c -> d.append("charterSignedOn", c.toString()));
    o.accreditedFrom().ifPresent(c -> d.append("accreditedFrom", c.toString()));
    o.accreditedUntil().ifPresent(c -> d.append("accreditedUntil", c.toString()));
    return d;
  }

  static Operator fromDocument(Document d) {
    return new Operator(UUID.fromString(d.getString("_id")), d.getString("name"),
        Operator.Kind.valueOf(d.getString("kind")),
        Optional.ofNullable(d.getString("enterpriseNumber")),
        d.getList("specialities", String.class, List.of()),
        Optional.ofNullable(d.getString("charterSignedOn")).map(LocalDate::parse),
        Optional.ofNullable(d.getString("accreditedFrom")).map(LocalDate::parse),
        Optional.ofNullable(d.getString("accreditedUntil")).map(LocalDate::parse),
        Operator.State.valueOf(d.getString("state")), ((Number) d.get("version")).longValue());
  }
}
