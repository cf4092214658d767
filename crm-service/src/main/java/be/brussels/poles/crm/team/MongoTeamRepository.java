package be.brussels.poles.crm.team;

import be.brussels.poles.crm.team.CompanyTeam.KeyAccount;
import be.brussels.poles.crm.team.CompanyTeam.Member;
import be.brussels.poles.crm.team.CompanyTeam.NeedKind;
import be.brussels.poles.crm.team.CompanyTeam.NeedStatus;
import be.brussels.poles.crm.team.CompanyTeam.RecruitmentNeed;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code companyTeams} collection, one document per company: {@code _id} (enterprise
 * number), {@code members {GUIDANCE: {agency, username, name, email, assignedAt, assignedBy},
 * ...}}, {@code keyAccount {flaggedAt, flaggedBy}} (absent: not a key account), {@code kam}
 * (the employment member's username, for the portfolio query), {@code recruitmentNeeds [...]},
 * {@code version}.
 */
@Component
public class MongoTeamRepository implements TeamStore {

  static final String COLLECTION = "companyTeams";

  private final MongoCollection<Document> collection;

  public MongoTeamRepository(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
    collection.createIndex(Indexes.compoundIndex(Indexes.ascending("kam"),
        Indexes.descending("keyAccount.flaggedAt")), new IndexOptions().name("kam_flaggedAt"));
    collection.createIndex(Indexes.descending("keyAccount.flaggedAt"),
        new IndexOptions().name("keyAccount_flaggedAt").sparse(true));
  }

  @Override
  public Optional<CompanyTeam> find(EnterpriseNumber company) {
    return Optional.ofNullable(collection.find(Filters.eq("_id", company.value())).first())
        .map(MongoTeamRepository::fromDocument);
  }

  @Override
  public boolean save(CompanyTeam team) {
    Document document = toDocument(team).append("version", team.version() + 1);
    if (team.version() == 0) {
      try {
        collection.insertOne(document);
        return true;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          return false;
        }
        throw e;
      }
    }
    return collection.replaceOne(Filters.and(Filters.eq("_id", team.company().value()),
        Filters.eq("version", team.version())), document).getMatchedCount() == 1;
  }

  @Override
  public Page<CompanyTeam> keyAccounts(Optional<String> kamUsername, PageQuery page) {
    List<Bson> filters = new ArrayList<>(List.of(Filters.exists("keyAccount", true)));
    kamUsername.ifPresent(k -> filters.add(Filters.eq("kam", k)));
    Bson filter = Filters.and(filters);
    long total = collection.countDocuments(filter);
    List<CompanyTeam> items = collection.find(filter)
        .sort(Sorts.orderBy(Sorts.descending("keyAccount.flaggedAt"), Sorts.ascending("_id")))
        .skip(page.offset()).limit(page.size()).map(MongoTeamRepository::fromDocument)
        .into(new ArrayList<>());
    return Page.of(items, page, total);
  }

  @Override
  public long countKeyAccounts() {
    return collection.countDocuments(Filters.exists("keyAccount", true));
  }

  private static Document toDocument(CompanyTeam team) {
    Document members = new Document();
    team.members().forEach((pole, m) -> members.append(pole.name(), new Document("agency",
        m.agency().name()).append("username", m.username()).append("name", m.name())
        .append("email", m.email()).append("assignedAt", Date.from(m.assignedAt()))
        .append("assignedBy", m.assignedBy())));
    Document d = new Document("_id", team.company().value()).append("members", members);
    Member kam = team.members().get(Agency.Pole.EMPLOYMENT);
    if (kam != null) {
      d.append("kam", kam.username());
    }
    team.keyAccount().ifPresent(k -> d.append("keyAccount",
        new Document("flaggedAt", Date.from(k.flaggedAt())).append("flaggedBy", k.flaggedBy())));
    d.append("recruitmentNeeds", team.recruitmentNeeds().stream().map(n ->
        new Document("needId", n.needId()).append("kind", n.kind().name())
            .append("title", n.title()).append("positions", n.positions())
            .append("candidates", n.candidates()).append("date", n.date().toString())
            .append("status", n.status().name()).append("recordedAt", Date.from(n.recordedAt()))
            .append("recordedBy", n.recordedBy())).toList());
    return d;
  }

  private static CompanyTeam fromDocument(Document d) {
    Map<Agency.Pole, Member> members = new EnumMap<>(Agency.Pole.class);
    Document stored = d.get("members", Document.class);
    if (stored != null) {
      stored.forEach((pole, value) -> {
        Document m = (Document) value;
        members.put(Agency.Pole.valueOf(pole), new Member(Agency.valueOf(m.getString("agency")),
            m.getString("username"), m.getString("name"), m.getString("email"),
            m.getDate("assignedAt").toInstant(), m.getString("assignedBy")));
      });
    }
    Document key = d.get("keyAccount", Document.class);
    List<RecruitmentNeed> needs = new ArrayList<>();
    for (Document n : d.getList("recruitmentNeeds", Document.class, List.of())) {
      needs.add(new RecruitmentNeed(n.getString("needId"), NeedKind.valueOf(n.getString("kind")),
          n.getString("title"), n.getInteger("positions"), n.getInteger("candidates"),
          LocalDate.parse(n.getString("date")), NeedStatus.valueOf(n.getString("status")),
          n.getDate("recordedAt").toInstant(), n.getString("recordedBy")));
    }
    return new CompanyTeam(EnterpriseNumber.parse(d.getString("_id")), members,
        Optional.ofNullable(key).map(k -> new KeyAccount(k.getDate("flaggedAt").toInstant(),
            k.getString("flaggedBy"))), needs, ((Number) d.get("version")).longValue());
  }
}
