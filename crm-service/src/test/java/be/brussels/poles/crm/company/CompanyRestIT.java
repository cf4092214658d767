package be.brussels.poles.crm.company;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CompanyRestIT extends CrmIntegrationTest {

  @Autowired
  MongoDatabase database;

  private Response register(String token, String number, String name) {
    return http.postJson("/companies", token,
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"" + name + "\"}");
  }

  @Test
  void registeredCompanyIsResolvedInEveryAcceptedNotation() {
    String number = TestNumbers.fresh();
    Response created = register(TOKENS.impulseAdvisor(), "BE" + number, "  Brasserie du Parc ");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.path("enterpriseNumber").asString()).isEqualTo(number);
    assertThat(body.path("formattedNumber").asString()).isEqualTo(TestNumbers.dotted(number));
    assertThat(body.path("name").asString()).isEqualTo("Brasserie du Parc");
    assertThat(body.path("companyId").asString()).hasSize(36);
    assertThat(body.path("registeredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(created.header("Location")).endsWith("/companies/" + number);

    for (String notation : new String[] {number, TestNumbers.dotted(number), "BE" + number,
        "be " + TestNumbers.dotted(number), number.substring(1)}) {
      Response found = http.get("/companies/" + notation.replace(" ", "%20"),
          TOKENS.financeAnalyst());
      assertThat(found.status()).as(notation).isEqualTo(200);
      assertThat(found.json()).isEqualTo(body);
    }
  }

  @Test
  void registeringAKnownNumberAgainReturnsTheOriginalWith200() {
    String number = TestNumbers.fresh();
    JsonNode first = register(TOKENS.impulseAdvisor(), number, "Original SA").json();

    Response again = register(TOKENS.staff("/citydev", "intake"), TestNumbers.dotted(number),
        "Another name");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Location")).isNull();
    assertThat(again.json()).isEqualTo(first);
    assertThat(database.getCollection("companies")
        .countDocuments(new org.bson.Document("enterpriseNumber", number))).isEqualTo(1);
  }

  @Test
  void anUnknownCompanyIsA404Problem() {
    Response response = http.get("/companies/" + TestNumbers.fresh(), TOKENS.impulseAdvisor());
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("status").asInt()).isEqualTo(404);
    assertThat(response.json().path("detail").asString()).contains("no company");
  }

  @Test
  void aNumberFailingTheMod97CheckIsRefusedOnBothPaths() {
    Response post = register(TOKENS.impulseAdvisor(), "0403.019.262", "Acme");
    assertThat(post.status()).isEqualTo(400);
    assertThat(post.contentType()).startsWith("application/problem+json");
    assertThat(post.problemField()).isEqualTo("enterpriseNumber");
    assertThat(post.json().path("errors").path(0).path("reason").asString()).contains("mod-97");

    Response get = http.get("/companies/0403019262", TOKENS.impulseAdvisor());
    assertThat(get.status()).isEqualTo(400);
    assertThat(get.problemField()).isEqualTo("enterpriseNumber");
  }

  @Test
  void anEstablishmentUnitNumberIsNotAnEnterpriseNumber() {
    Response response = register(TOKENS.impulseAdvisor(), "2.100.000.118", "Acme");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").path(0).path("reason").asString())
        .contains("establishment unit");
  }

  @Test
  void aMissingNameIsRefused() {
    Response response = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemField()).isEqualTo("name");
  }

  @Test
  void aNameOverTwoHundredCharactersIsRefused() {
    Response response = register(TOKENS.impulseAdvisor(), TestNumbers.fresh(), "n".repeat(201));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemField()).isEqualTo("name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"enterpriseNumber\": \"0403019261\", \"name\": ", "not json", "",
      "[]", "null", "{\"enterpriseNumber\":\"0403019261\",\"name\":\"A\"} trailing"})
  void brokenJsonIsA400Problem(String body) {
    Response response = http.postJson("/companies", TOKENS.impulseAdvisor(), body);
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anOperatorObjectInsteadOfANumberIsRefusedAndStoresNothing() {
    long before = database.getCollection("companies").countDocuments();
    Response response = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\": {\"$gt\": \"\"}, \"name\": \"Injected\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemField()).isEqualTo("enterpriseNumber");
    assertThat(database.getCollection("companies").countDocuments()).isEqualTo(before);
  }

  @Test
  void aJsonNumberIsNotSilentlyTakenForTheEnterpriseNumber() {
    Response response = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\": 403019261, \"name\": \"Numeric\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemField()).isEqualTo("enterpriseNumber");
  }

  @Test
  void unknownPropertiesAreRefused() {
    Response response = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\",\"name\":\"A\",\"companyId\":\"x\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemField()).isEqualTo("companyId");
  }

  @Test
  void aFieldGivenTwiceIsRefused() {
    Response response = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\",\"name\":\"A\",\"name\":\"B\"}");
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void aBodyThatIsNotJsonIsAn415() {
    Response response = http.post("/companies", TOKENS.impulseAdvisor(), "text/plain",
        "enterpriseNumber=0403019261");
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aBodyOverTheLimitIsA413WhetherDeclaredOrStreamed() {
    String huge = "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\",\"name\":\""
        + "x".repeat(300 * 1024) + "\"}";
    Response declared = http.postJson("/companies", TOKENS.impulseAdvisor(), huge);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.contentType()).startsWith("application/problem+json");

    Response streamed = http.postChunked("/companies", TOKENS.impulseAdvisor(), huge);
    assertThat(streamed.status()).isEqualTo(413);
  }

  @Test
  void partnerSystemsMayLookUpButNotRegister() {
    String number = TestNumbers.fresh();
    assertThat(register(TOKENS.partner(), number, "Partner Co").status()).isEqualTo(403);
    register(TOKENS.impulseAdvisor(), number, "Partner Co");
    assertThat(http.get("/companies/" + number, TOKENS.partner()).status()).isEqualTo(200);
  }

  @Test
  void staffWithoutACaseRoleAndTheSteeringCommitteeMayNotRegister() {
    Response committee = register(TOKENS.staff("/finance", "committee"), TestNumbers.fresh(), "A");
    assertThat(committee.status()).isEqualTo(403);
    assertThat(committee.contentType()).startsWith("application/problem+json");
    assertThat(register(TOKENS.staff("/steering", "admin"), TestNumbers.fresh(), "B").status())
        .isEqualTo(403);
  }

  @Test
  void steeringMayReadACompanysIdentity() {
    String number = TestNumbers.fresh();
    register(TOKENS.impulseAdvisor(), number, "Visible SA");
    assertThat(http.get("/companies/" + number, TOKENS.steeringManager()).status()).isEqualTo(200);
  }

  @Test
  void aServiceAccountMayRegister() {
    assertThat(register(TOKENS.service("housing-service"), TestNumbers.fresh(), "Housed SPRL")
        .status()).isEqualTo(201);
  }
}
