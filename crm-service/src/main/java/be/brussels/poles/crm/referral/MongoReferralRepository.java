package be.brussels.poles.crm.referral;

import be.brussels.poles.crm.referral.Referral.Person;
import be.brussels.poles.crm.referral.Referral.Transition;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code referrals} collection, one document per referral with its history: {@code _id},
 * {@code enterpriseNumber}, {@code fromAgency}, {@code referrer {username, name, email}},
 * {@code toAgency}, {@code assignee}, {@code reason}, {@code state}, {@code sentAt},
 * {@code stateSince}, {@code dueAt}, {@code agencyToAct} (derived, for inboxes),
 * {@code people} (referrer and assignee usernames, for personal inboxes), {@code declineReason},
 * {@code fileReference}, {@code outcomeCode}, {@code outcomeNote}, {@code history [...]},
 * {@code version}.
 */
@Component
public class MongoReferralRepository implements ReferralStore {

  static final String COLLECTION = "referrals";

  private final MongoCollection<Document> collection;

  public MongoReferralRepository(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("agencyToAct"),
        Indexes.ascending("dueAt")), new IndexOptions().name("agencyToAct_dueAt"));
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("fromAgency"),
        Indexes.descending("sentAt")), new IndexOptions().name("fromAgency_sentAt"));
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("toAgency"),
        Indexes.descending("sentAt")), new IndexOptions().name("toAgency_sentAt"));
    collection.createIndex(Indexes.ascending("people"), new IndexOptions().name("people"));
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
        Indexes.descending("sentAt")), new IndexOptions().name("enterpriseNumber_sentAt"));
  }

  @Override
  public void insert(Referral referral) {
    collection.insertOne(toDocument(referral));
  }

  @Override
  public Optional<Referral> findById(String referralId) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", referralId)).first())
        .map(MongoReferralRepository::fromDocument);
  }

  @Override
  public boolean replace(Referral changed, long expectedVersion) {
    return collection.replaceOne(Filters.and(Filters.eq("_id", changed.referralId()),
        Filters.eq("version", expectedVersion)), toDocument(changed)).getMatchedCount() == 1;
  }

  @Override
  public Page<Referral> find(Query query, PageQuery page) {
    List<Bson> filters = new ArrayList<>();
    query.agencyToAct().ifPresent(a -> filters.add(Filters.eq("agencyToAct", a.name())));
    query.person().ifPresent(p -> filters.add(Filters.eq("people", p)));
    query.involving().ifPresent(a -> filters.add(Filters.or(Filters.eq("fromAgency", a.name()),
        Filters.eq("toAgency", a.name()))));
    if (!query.states().isEmpty()) {
      filters.add(Filters.in("state", query.states().stream().map(Enum::name).toList()));
    }
    query.company().ifPresent(c -> filters.add(Filters.eq("enterpriseNumber", c.value())));
    query.overdueAt().ifPresent(at -> filters.add(Filters.lt("dueAt", Date.from(at))));
    Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    Bson sort = query.newestFirst()
        ? Sorts.orderBy(Sorts.descending("sentAt"), Sorts.ascending("_id"))
        : Sorts.orderBy(Sorts.ascending("sentAt"), Sorts.ascending("_id"));
    long total = collection.countDocuments(filter);
    List<Referral> items = collection.find(filter).sort(sort).skip(page.offset())
        .limit(page.size()).map(MongoReferralRepository::fromDocument).into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  @Override
  public List<OutcomeRow> outcomeRows(Instant from, Instant until) {
    List<OutcomeRow> rows = new ArrayList<>();
    collection.find(Filters.and(Filters.gte("sentAt", Date.from(from)),
            Filters.lt("sentAt", Date.from(until))))
        .projection(Projections.include("fromAgency", "toAgency", "state", "outcomeCode",
            "sentAt", "history.state", "history.at"))
        .forEach(d -> {
          Optional<Instant> answered = Optional.empty();
          Optional<Instant> reported = Optional.empty();
          for (Document t : d.getList("history", Document.class)) {
            ReferralState state = ReferralState.valueOf(t.getString("state"));
            Instant at = t.getDate("at").toInstant();
            if (state == ReferralState.ACCEPTED || state == ReferralState.DECLINED) {
              answered = Optional.of(at);
            } else if (state == ReferralState.OUTCOME_REPORTED) {
              reported = Optional.of(at);
            }
          }
          rows.add(new OutcomeRow(Agency.valueOf(d.getString("fromAgency")),
              Agency.valueOf(d.getString("toAgency")),
              ReferralState.valueOf(d.getString("state")),
              Optional.ofNullable(d.getString("outcomeCode")), d.getDate("sentAt").toInstant(),
              answered, reported));
        });
    return rows;
  }

  private static Document person(Person p) {
    return new Document("username", p.username()).append("name", p.name())
        .append("email", p.email());
  }

  private static Person person(Document d) {
    return new Person(d.getString("username"), d.getString("name"), d.getString("email"));
  }

  private static Document toDocument(Referral r) {
    List<String> people = new ArrayList<>(List.of(r.referrer().username()));
    r.assignee().ifPresent(a -> people.add(a.username()));
    Document d = new Document("_id", r.referralId())
        .append("enterpriseNumber", r.company().value())
        .append("fromAgency", r.fromAgency().name())
        .append("referrer", person(r.referrer()))
        .append("toAgency", r.toAgency().name())
        .append("reason", r.reason())
        .append("state", r.state().name())
        .append("sentAt", Date.from(r.sentAt()))
        .append("stateSince", Date.from(r.stateSince()))
        .append("people", people);
    r.assignee().ifPresent(a -> d.append("assignee", person(a)));
    r.dueAt().ifPresent(at -> d.append("dueAt", Date.from(at)));
    r.agencyToAct().ifPresent(a -> d.append("agencyToAct", a.name()));
    r.declineReason().ifPresent(v -> d.append("declineReason", v));
    r.fileReference().ifPresent(v -> d.append("fileReference", v));
    r.outcomeCode().ifPresent(v -> d.append("outcomeCode", v));
    r.outcomeNote().ifPresent(v -> d.append("outcomeNote", v));
    d.append("history", r.history().stream().map(t -> new Document("state", t.state().name())
        .append("at", Date.from(t.at())).append("agency", t.agency().name())
        .append("by", t.by()).append("note", t.note())).toList());
    return d.append("version", r.version());
  }

  private static Referral fromDocument(Document d) {
    List<Transition> history = new ArrayList<>();
    for (Document t : d.getList("history", Document.class)) {
      history.add(new Transition(ReferralState.valueOf(t.getString("state")),
          t.getDate("at").toInstant(), Agency.valueOf(t.getString("agency")), t.getString("by"),
          t.getString("note")));
    }
    return new Referral(d.getString("_id"), EnterpriseNumber.parse(d.getString("enterpriseNumber")),
        Agency.valueOf(d.getString("fromAgency")), person(d.get("referrer", Document.class)),
        Agency.valueOf(d.getString("toAgency")),
        Optional.ofNullable(d.get("assignee", Document.class)).map(MongoReferralRepository::person),
        d.getString("reason"), ReferralState.valueOf(d.getString("state")),
        d.getDate("sentAt").toInstant(), d.getDate("stateSince").toInstant(),
        Optional.ofNullable(d.getDate("dueAt")).map(Date::toInstant),
        Optional.ofNullable(d.getString("declineReason")),
        Optional.ofNullable(d.getString("fileReference")),
        Optional.ofNullable(d.getString("outcomeCode")),
        Optional.ofNullable(d.getString("outcomeNote")), history,
        ((Number) d.get("version")).longValue());
  }
}
