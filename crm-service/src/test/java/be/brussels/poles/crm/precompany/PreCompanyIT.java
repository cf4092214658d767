package be.brussels.poles.crm.precompany;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PreCompanyIT extends CrmIntegrationTest {

  private JsonNode create(String token, String name) {
    Response r = http.postJson("/pre-companies", token, "{\"projectName\":\"" + name + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.header("Location")).endsWith("/pre-companies/" + r.json().path("preCompanyId").asString());
    return r.json();
  }

  private Response note(String token, String id, String confidentiality, String detail) {
    return http.postJson("/pre-companies/" + id + "/events", token,
        "{\"type\":\"guidance.intake.done\",\"headline\":\"Intake at 1819\",\"detail\":\""
            + detail + "\",\"confidentiality\":\"" + confidentiality + "\"}");
  }

  private Response rekey(String token, String id, String number, long version) {
    return http.postJson("/pre-companies/" + id + "/rekey", token,
        "{\"enterpriseNumber\":\"" + number + "\",\"version\":" + version + "}");
  }

  @Test
  void aProjectKeepsItsWholeJourneyWhenItsEnterpriseNumberArrives() {
    String intake = TOKENS.staff("/hub/1819", "intake");
    String id = create(intake, "Atelier vélo de Laura").path("preCompanyId").asString();
    assertThat(note(intake, id, "CONFIDENTIAL", "wants 20 000 EUR").status()).isEqualTo(201);
    String number = TestNumbers.fresh();

    Response rekeyed = rekey(TOKENS.impulseAdvisor(), id, TestNumbers.dotted(number), 1);

    assertThat(rekeyed.status()).as(rekeyed.toString()).isEqualTo(200);
    assertThat(rekeyed.json().path("companyId").asString()).isEqualTo(id);
    JsonNode company = http.get("/companies/" + number, TOKENS.financeAnalyst()).json();
    assertThat(company.path("name").asString()).isEqualTo("Atelier vélo de Laura");
    JsonNode journey = http.get("/companies/" + number + "/journey", intake).json();
    assertThat(journey.path("items").findValuesAsString("type")).containsExactlyInAnyOrder(
        "crm.precompany.registered", "guidance.intake.done", "crm.precompany.rekeyed");
    assertThat(journey.toString()).contains("wants 20 000 EUR");
    JsonNode record = http.get("/pre-companies/" + id, intake).json();
    assertThat(record.path("rekeyedTo").asString()).isEqualTo(TestNumbers.dotted(number));
  }

  @Test
  void reKeyingToANumberAlreadyKnownMovesTheJourneyIntoThatCompany() {
    String number = TestNumbers.fresh();
    http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"Known SRL\"}");
    String id = create(TOKENS.impulseAdvisor(), "Projet Known").path("preCompanyId").asString();

    Response rekeyed = rekey(TOKENS.impulseAdvisor(), id, number, 1);

    assertThat(rekeyed.json().path("name").asString()).isEqualTo("Known SRL");
    assertThat(http.get("/companies/" + number + "/journey", TOKENS.impulseAdvisor()).json()
        .path("totalItems").asLong()).isEqualTo(2);
  }

  @Test
  void aStaleVersionOrAnotherNumberIsA409AndTheSameNumberAgainIsHarmless() {
    String id = create(TOKENS.impulseAdvisor(), "Projet Stale").path("preCompanyId").asString();
    String number = TestNumbers.fresh();

    assertThat(rekey(TOKENS.impulseAdvisor(), id, number, 7).status()).isEqualTo(409);
    assertThat(rekey(TOKENS.impulseAdvisor(), id, number, 1).status()).isEqualTo(200);
    assertThat(rekey(TOKENS.impulseAdvisor(), id, number, 1).status()).isEqualTo(200);
    assertThat(rekey(TOKENS.impulseAdvisor(), id, TestNumbers.fresh(), 2).status()).isEqualTo(409);
    assertThat(note(TOKENS.impulseAdvisor(), id, "SHARED", "late").status()).isEqualTo(409);
  }

  @Test
  void otherAgenciesSeeConfidentialStepsRedactedAndTheSteeringCommitteeNothing() {
    String id = create(TOKENS.impulseAdvisor(), "Projet Secret").path("preCompanyId").asString();
    note(TOKENS.impulseAdvisor(), id, "CONFIDENTIAL", "secret plan");

    JsonNode seenByFinance = http.get("/pre-companies/" + id, TOKENS.financeAnalyst()).json();
    JsonNode seenByImpulse = http.get("/pre-companies/" + id, TOKENS.impulseAdvisor()).json();

    assertThat(seenByFinance.toString()).doesNotContain("secret plan").contains("Intake at 1819");
    assertThat(seenByImpulse.toString()).contains("secret plan");
    assertThat(http.get("/pre-companies/" + id, TOKENS.steeringManager()).status()).isEqualTo(403);
    assertThat(http.postJson("/pre-companies", TOKENS.steeringManager(),
        "{\"projectName\":\"x\"}").status()).isEqualTo(403);
  }

  @Test
  void badInputIsA400NamingTheField() {
    String id = create(TOKENS.impulseAdvisor(), "Projet Input").path("preCompanyId").asString();

    assertThat(http.postJson("/pre-companies", TOKENS.impulseAdvisor(), "{\"projectName\":\" \"}")
        .problemField()).isEqualTo("projectName");
    assertThat(rekey(TOKENS.impulseAdvisor(), id, "0403.019.262", 1).problemField())
        .isEqualTo("enterpriseNumber");
    assertThat(note(TOKENS.impulseAdvisor(), id, "SECRET", "x").problemField())
        .isEqualTo("confidentiality");
    assertThat(http.get("/pre-companies?size=900", TOKENS.impulseAdvisor()).problemField())
        .isEqualTo("size");
    assertThat(http.get("/pre-companies/nope", TOKENS.impulseAdvisor()).status()).isEqualTo(404);
  }
}
