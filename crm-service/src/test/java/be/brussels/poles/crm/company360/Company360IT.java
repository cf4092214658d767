package be.brussels.poles.crm.company360;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.crm.support.ControlledWorldIntegrationTest;
import be.brussels.poles.crm.support.FakePole;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Company 360 view against fake poles on real sockets: all up, one hanging past its
 * deadline, one down, a breaker that opens, a bulkhead that fills. The degraded answers are the
 * point: the page always loads.
 */
class Company360IT extends ControlledWorldIntegrationTest {

  private String registered() {
    String number = TestNumbers.fresh();
    Response created = http.postJson("/companies", TOKENS.staff("/hub/1819", "intake"),
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"Atelier Test\"}");
    assertThat(created.status()).as(created.toString()).isIn(200, 201);
    return number;
  }

  private JsonNode view(String number, String token) {
    Response response = http.get("/companies/" + number + "/360", token);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static Map<String, JsonNode> poles(JsonNode view) {
    Map<String, JsonNode> poles = new HashMap<>();
    view.path("poles").forEach(p -> poles.put(p.path("pole").asString(), p));
    return poles;
  }

  @Test
  void withEveryPoleUpTheViewShowsProfileJourneyAndEachPolesLiveSummary() {
    String number = registered();
    append("guidance-service", List.of(event(number).build()));
    JsonNode view = view(number, TOKENS.staff("/citydev", "advisor"));

    assertThat(view.path("profile").path("enterpriseNumber").asString()).isEqualTo(number);
    assertThat(view.path("profile").path("name").asString()).isNotBlank();
    assertThat(view.path("journey")).hasSize(1);
    assertThat(view.path("agencies").path(0).path("agency").asString()).isEqualTo("HUB_IMPULSE");
    Map<String, JsonNode> poles = poles(view);
    assertThat(poles.keySet()).containsExactlyInAnyOrder("GUIDANCE", "FINANCING", "HOUSING");
    poles.values().forEach(p -> {
      assertThat(p.path("available").asBoolean()).isTrue();
      assertThat(p.path("status").asString()).isEqualTo("ANSWERED");
    });
    assertThat(poles.get("GUIDANCE").path("items").path(0).path("id").asString())
        .isEqualTo("gf-" + number);
    assertThat(poles.get("HOUSING").path("items").path(0).path("stage").asString())
        .isEqualTo("MATCHING");
  }

  @Test
  void theUsersOwnTokenTravelsToEachPole() {
    String number = registered();
    String token = TOKENS.staff("/citydev", "advisor");
    view(number, token);
    assertThat(GUIDANCE.authorizations()).contains("Bearer " + token);
    assertThat(HOUSING.authorizations()).contains("Bearer " + token);
  }

  @Test
  void theFinancingAmountIsRedactedForOtherAgenciesAndShownAndLoggedForFinance() {
    String number = registered();
    JsonNode other = poles(view(number, TOKENS.staff("/citydev", "advisor"))).get("FINANCING")
        .path("items").path(0);
    assertThat(other.path("redacted").asBoolean()).isTrue();
    assertThat(other.path("detail").isNull()).isTrue();
    assertThat(other.path("stage").asString()).isEqualTo("ANALYSIS");

    JsonNode own = poles(view(number, TOKENS.financeAnalyst())).get("FINANCING").path("items")
        .path(0);
    assertThat(own.path("redacted").asBoolean()).isFalse();
    assertThat(own.path("detail").asString()).contains("50");
    JsonNode log = http.get("/access-log?company=" + number + "&resourceType=pole-summary-item",
        TOKENS.staff("/steering", "auditor")).json();
    assertThat(log.path("totalItems").asLong()).isEqualTo(1);
    assertThat(log.path("items").path(0).path("actorAgency").asString()).isEqualTo("FINANCE");
  }

  @Test
  void aPoleThatHangsPastItsDeadlineIsShownUnavailableWithItsLastKnownJourneyAndThePageLoads() {
    String number = registered();
    append("guidance-service", List.of(event(number).build()));
    GUIDANCE.mode(FakePole.Mode.HANG);

    long started = System.nanoTime();
    JsonNode view = view(number, TOKENS.financeAnalyst());
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    JsonNode guidance = poles(view).get("GUIDANCE");
    assertThat(guidance.path("available").asBoolean()).isFalse();
    assertThat(guidance.path("status").asString()).isEqualTo("DEADLINE_EXCEEDED");
    assertThat(guidance.path("items")).isEmpty();
    assertThat(guidance.path("lastKnown").path(0).path("sourceAgency").asString())
        .isEqualTo("HUB_IMPULSE");
    assertThat(guidance.path("lastKnown").path(0).path("redacted").asBoolean()).isTrue();
    assertThat(poles(view).get("FINANCING").path("available").asBoolean()).isTrue();
    // bounded by the 250 ms deadline, not by the hanging pole (generous margin for CI)
    assertThat(tookMillis).isLessThan(3_000);
  }

  @Test
  void aPoleThatIsDownIsShownUnavailableAndTheOthersStillAnswer() throws Exception {
    String number = registered();
    append("housing-service", List.of(event(number).setSourceAgency(Agency.AGENCY_CITYDEV)
        .setType("housing.request.opened").build()));
    HOUSING.stop();
    JsonNode view = view(number, TOKENS.impulseAdvisor());
    JsonNode housing = poles(view).get("HOUSING");
    assertThat(housing.path("available").asBoolean()).isFalse();
    assertThat(housing.path("status").asString()).isEqualTo("UNAVAILABLE");
    assertThat(housing.path("lastKnown").path(0).path("type").asString())
        .isEqualTo("housing.request.opened");
    assertThat(poles(view).get("GUIDANCE").path("available").asBoolean()).isTrue();
  }

  @Test
  void afterRepeatedFailuresTheBreakerOpensAndTheFailingPoleIsNoLongerAsked() {
    String number = registered();
    FINANCING.mode(FakePole.Mode.FAIL);
    String token = TOKENS.impulseAdvisor();
    for (int i = 0; i < 10; i++) {
      view(number, token);
    }
    int askedBefore = FINANCING.calls();
    JsonNode financing = poles(view(number, token)).get("FINANCING");
    assertThat(financing.path("status").asString()).isEqualTo("CIRCUIT_OPEN");
    assertThat(FINANCING.calls()).isEqualTo(askedBefore);
    assertThat(poles(view(number, token)).get("GUIDANCE").path("available").asBoolean()).isTrue();
  }

  @Test
  void whenMoreViewsWaitForASlowPoleThanItsBulkheadAllowsTheRestAreAnsweredAtOnce()
      throws Exception {
    String number = registered();
    HOUSING.mode(FakePole.Mode.HANG);
    String token = TOKENS.impulseAdvisor();
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<Callable<String>> views = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        views.add(() -> poles(view(number, token)).get("HOUSING").path("status").asString());
      }
      List<String> statuses = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(views)) {
        statuses.add(f.get());
      }
      assertThat(statuses).contains("BULKHEAD_FULL");
      assertThat(statuses).doesNotContain("ANSWERED");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSteeringCommitteeGetsNoViewAndAnUnknownCompanyIsNotFound() {
    String number = registered();
    assertThat(http.get("/companies/" + number + "/360", TOKENS.steeringManager()).status())
        .isEqualTo(403);
    assertThat(http.get("/companies/" + TestNumbers.fresh() + "/360", TOKENS.impulseAdvisor())
        .status()).isEqualTo(404);
    assertThat(http.get("/companies/123/360", TOKENS.impulseAdvisor()).status()).isEqualTo(400);
  }
}
