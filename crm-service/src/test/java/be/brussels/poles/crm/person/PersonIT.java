package be.brussels.poles.crm.person;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PersonIT extends CrmIntegrationTest {

  @Autowired
  MongoDatabase database;

  private static String body(String company, String extra) {
    return "{\"firstName\":\"Amina\",\"lastName\":\"Benali\",\"email\":\"amina@example.be\","
        + "\"gender\":\"female\",\"ageBand\":\"FROM_25_TO_34\",\"jobseeker\":true,"
        + "\"language\":\"FR\",\"legalBasis\":\"PUBLIC_TASK\"" + extra + ",\"roles\":[{"
        + "\"enterpriseNumber\":\"" + company + "\",\"role\":\"FOUNDER\",\"from\":\"2024-03-01\"}]}";
  }

  private JsonNode create(String token, String company) {
    Response r = http.postJson("/persons", token, body(company, ""));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private long logged(String personId) {
    return database.getCollection("accessLog")
        .countDocuments(new Document("resourceType", "person").append("resourceId", personId));
  }

  @Test
  void theOwningAgencyReadsThePersonAndEveryReadIsLogged() {
    String company = TestNumbers.fresh();
    String id = create(TOKENS.impulseAdvisor(), company).path("personId").asString();

    JsonNode person = http.get("/persons/" + id, TOKENS.impulseAdvisor()).json();

    assertThat(person.path("gender").asString()).isEqualTo("FEMALE");
    assertThat(person.path("roles").path(0).path("role").asString()).isEqualTo("FOUNDER");
    assertThat(person.path("owner").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(logged(id)).isEqualTo(1);
  }

  @Test
  void otherAgenciesWithoutAGrantGetA403OnDetailAndSeeTheCompanysPeopleRedacted() {
    String company = TestNumbers.fresh();
    String id = create(TOKENS.impulseAdvisor(), company).path("personId").asString();

    assertThat(http.get("/persons/" + id, TOKENS.financeAnalyst()).status()).isEqualTo(403);
    JsonNode people = http.get("/companies/" + company + "/persons", TOKENS.financeAnalyst())
        .json();
    assertThat(people.path("totalItems").asLong()).isEqualTo(1);
    assertThat(people.path("items").path(0).path("redacted").asBoolean()).isTrue();
    assertThat(people.path("items").path(0).path("lastName").isNull()).isTrue();
    assertThat(people.toString()).doesNotContain("Benali");
    assertThat(logged(id)).isZero();
    assertThat(http.get("/companies/" + company + "/persons", TOKENS.steeringManager()).status())
        .isEqualTo(403);

    JsonNode own = http.get("/companies/" + company + "/persons", TOKENS.impulseAdvisor()).json();
    assertThat(own.path("items").path(0).path("lastName").asString()).isEqualTo("Benali");
    assertThat(logged(id)).isEqualTo(1);
  }

  @Test
  void anAgencyFindsItsOwnPersonsByNameWithoutAccentsAndTheHitsAreLogged() {
    String company = TestNumbers.fresh();
    String unique = "Zoë" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "k");
    String id = http.postJson("/persons", TOKENS.impulseAdvisor(),
        body(company, "").replace("Amina", unique)).json().path("personId").asString();

    JsonNode found = http.get("/persons?q=" + unique.replace("ë", "e").toUpperCase()
        + "%20benal", TOKENS.impulseAdvisor()).json();
    JsonNode elsewhere = http.get("/persons?q=" + unique.replace("ë", "e"),
        TOKENS.financeAnalyst()).json();

    assertThat(found.path("items").findValuesAsString("personId")).containsExactly(id);
    assertThat(elsewhere.path("totalItems").asLong()).isZero();
    assertThat(logged(id)).isEqualTo(1);
    assertThat(http.get("/persons?q=", TOKENS.impulseAdvisor()).problemField()).isEqualTo("q");
  }

  @Test
  void anUpdateNeedsTheCurrentVersionAndOnlyTheOwnerEdits() {
    String company = TestNumbers.fresh();
    String id = create(TOKENS.impulseAdvisor(), company).path("personId").asString();
    HttpRequest.BodyPublisher v1 = HttpRequest.BodyPublishers.ofString(
        body(company, ",\"version\":1").replace("Amina", "Aminata"));

    Response updated = http.send(http.request("/persons/" + id, TOKENS.impulseAdvisor())
        .header("Content-Type", "application/json").PUT(v1));
    Response stale = http.send(http.request("/persons/" + id, TOKENS.impulseAdvisor())
        .header("Content-Type", "application/json").PUT(v1));
    Response other = http.send(http.request("/persons/" + id, TOKENS.financeAnalyst())
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
            body(company, ",\"version\":2"))));

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().path("firstName").asString()).isEqualTo("Aminata");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(other.status()).isEqualTo(403);
  }

  @Test
  void badInputNamesEveryFieldAndConsentNeedsItsDate() {
    Response bad = http.postJson("/persons", TOKENS.impulseAdvisor(),
        "{\"firstName\":\"\",\"lastName\":\"B\",\"email\":\"not-an-email\",\"gender\":\"?\","
            + "\"ageBand\":\"OLD\",\"language\":\"FR\",\"legalBasis\":\"CONSENT\",\"roles\":[{"
            + "\"enterpriseNumber\":\"0403.019.262\",\"role\":\"BOSS\",\"from\":\"2024-13-01\"}]}");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors").findValuesAsString("field")).contains("firstName",
        "email", "gender", "ageBand", "consentAt", "roles[0].enterpriseNumber", "roles[0].role",
        "roles[0].from");
    assertThat(http.postJson("/persons", TOKENS.impulseAdvisor(), "{\"firstName\":{\"$gt\":\"\"}}")
        .status()).isEqualTo(400);
    assertThat(http.get("/persons/unknown", TOKENS.impulseAdvisor()).status()).isEqualTo(404);
  }
}
