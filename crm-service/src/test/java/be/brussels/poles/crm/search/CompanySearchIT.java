package be.brussels.poles.crm.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class CompanySearchIT extends CrmIntegrationTest {

  /** A word no other test uses, so the hits are this test's companies only. */
  private static String uniqueWord() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
        .replaceAll("\\d", "x");
  }

  private String register(String name) {
    String number = TestNumbers.fresh();
    Response r = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"" + name + "\"}");
    assertThat(r.status()).isEqualTo(201);
    return number;
  }

  @Test
  void aRegisteredCompanyIsFoundAtOnceByNamePrefixAccentsCaseAndOneTypoForgiven() {
    String word = uniqueWord();
    String number = register("Pâtisserie " + word + " Émile");

    for (String q : new String[] {"patis " + word, "PÂTISSERIE " + word.substring(0, 6),
        word + " emile", word.substring(0, 3) + word.charAt(4) + word.charAt(3)
            + word.substring(5), TestNumbers.dotted(number)}) {
      JsonNode page = http.get("/companies?q=" + q.replace(" ", "%20"), TOKENS.financeAnalyst())
          .json();
      assertThat(page.path("items").findValuesAsString("enterpriseNumber")).as(q)
          .containsExactly(number);
    }
  }

  @Test
  void resultsArePagedAndSortedByName() {
    String word = uniqueWord();
    register(word + " Charlie");
    register(word + " Alpha");
    register(word + " Bravo");

    JsonNode first = http.get("/companies?q=" + word + "&size=2&sort=name",
        TOKENS.impulseAdvisor()).json();
    JsonNode second = http.get("/companies?q=" + word + "&size=2&page=1",
        TOKENS.impulseAdvisor()).json();

    assertThat(first.path("totalItems").asLong()).isEqualTo(3);
    assertThat(first.path("totalPages").asLong()).isEqualTo(2);
    assertThat(first.path("items").findValuesAsString("name"))
        .containsExactly(word + " Alpha", word + " Bravo");
    assertThat(second.path("items").findValuesAsString("name")).containsExactly(word + " Charlie");
  }

  @ParameterizedTest
  @CsvSource({"sort=colour,sort", "size=500,size", "page=-1,page", "commune=Paris,commune",
      "nace=6x,nace", "size=1e3,size"})
  void badParametersAreA400NamingTheField(String query, String field) {
    Response r = http.get("/companies?" + query, TOKENS.impulseAdvisor());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.problemField()).isEqualTo(field);
  }

  @Test
  void everyStaffMemberPartnerSystemsAndServicesMaySearchAnonymousCallersMayNot() {
    for (String token : new String[] {TOKENS.staff("/hub/1819", "intake"),
        TOKENS.staff("/actiris", "kam"), TOKENS.steeringManager(), TOKENS.partner(),
        TOKENS.service("housing-service")}) {
      assertThat(http.get("/companies?q=a", token).status()).isEqualTo(200);
    }
    assertThat(http.get("/companies?q=a", null).status()).isEqualTo(401);
  }

  @Test
  void aProfileUpdateNeedsTheCurrentVersionAndAStaleOneIsA409() {
    String number = register("Profile " + uniqueWord());
    String body = "{\"version\":%d,\"sizeClass\":\"micro\",\"sector\":\"Horeca\","
        + "\"cluster\":\"\",\"flags\":[\"HIGH_POTENTIAL\"]}";

    Response updated = http.send(http.request("/companies/" + number + "/profile",
            TOKENS.impulseAdvisor()).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(String.format(body, 1))));
    Response stale = http.send(http.request("/companies/" + number + "/profile",
            TOKENS.impulseAdvisor()).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(String.format(body, 1))));
    Response badFlag = http.send(http.request("/companies/" + number + "/profile",
            TOKENS.impulseAdvisor()).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"version\":2,\"flags\":[\"VIP\"]}")));

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().path("version").asLong()).isEqualTo(2);
    assertThat(updated.json().path("profile").path("sizeClass").asString()).isEqualTo("MICRO");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(badFlag.status()).isEqualTo(400);
    assertThat(badFlag.problemField()).isEqualTo("flags[0]");
  }
}
