package be.brussels.poles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.launcher.LocalPlatform;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The first journey end to end: a pole records something about a company through the gateway,
 * with a real Keycloak token, and the CRM's journey shows it through the gateway.
 */
class GatewayJourneyIT {

  private final Http http = new Http();

  @Test
  void guidanceFileOpenedThroughTheGatewayAppearsInTheCrmJourney() {
    String number = Companies.registered("Brasserie de la Senne Test");
    String advisor = Tokens.user("marc.advisor");

    Http.Response opened = http.postJson(gateway("/api/guidance/guidance-files"), advisor,
        Json.write(Map.of("enterpriseNumber", number, "packageType", "CREATION",
            "note", "Business plan coaching started")));

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String fileId = opened.json().get("fileId").asString();
    JsonNode event = awaitJourneyEntry(number, fileId, advisor);
    assertThat(event.get("sourceAgency").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(event.get("type").asString()).isEqualTo("guidance.file.opened");
    assertThat(event.get("redacted").asBoolean()).isFalse();
    assertThat(event.get("detail").asString()).isEqualTo("Business plan coaching started");
    assertThat(event.get("contact").get("email").asString()).startsWith("marc.advisor@");
  }

  @Test
  void confidentialDetailOfAnotherAgencyIsRedactedButTheHeadlineStaysVisible() {
    String number = Companies.registered("Atelier Confidentiel Test");
    Http.Response opened = http.postJson(gateway("/api/guidance/guidance-files"),
        Tokens.user("marc.advisor"), Json.write(Map.of("enterpriseNumber", number,
            "packageType", "RESTART", "note", "Owner in personal difficulty")));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);

    JsonNode asFinance = awaitJourneyEntry(number, opened.json().get("fileId").asString(),
        Tokens.user("fatima.analyst"));

    assertThat(asFinance.get("redacted").asBoolean()).isTrue();
    assertThat(asFinance.get("detail").isNull()).isTrue();
    assertThat(asFinance.get("headline").asString()).isNotBlank();
    assertThat(asFinance.get("sourceAgency").asString()).isEqualTo("HUB_IMPULSE");
  }

  @Test
  void theJourneyCrossesAgenciesWhenEveryPoleRecordsSomething() {
    String number = Companies.registered("Crossroads Logistics Test");
    assertThat(http.postJson(gateway("/api/guidance/guidance-files"), Tokens.user("marc.advisor"),
        Json.write(Map.of("enterpriseNumber", number, "packageType", "GROWTH"))).status())
        .isEqualTo(201);
    Http.Response application = http.postJson(gateway("/api/financing/applications"),
        Tokens.user("fatima.analyst"), Json.write(Map.of("enterpriseNumber", number,
            "instrument", "START_LOAN", "amount", Map.of("currency", "EUR", "value", "25000.00"),
            "purpose", "First delivery van")));
    assertThat(application.status()).as(application.body()).isEqualTo(201);
    Http.Response request = http.postJson(gateway("/api/housing/location-requests"),
        Tokens.user("tom.citydev"), Json.write(Map.of("enterpriseNumber", number,
            "unitType", "WORKSHOP", "surfaceMin", 150, "surfaceMax", 300,
            "communes", List.of("ANDERLECHT", "FOREST"), "wantedFrom", "2027-03-01")));
    assertThat(request.status()).as(request.body()).isEqualTo(201);

    List<String> agencies = Await.until("three agencies in the journey", Duration.ofSeconds(60), () -> {
      List<String> seen = entries(number, Tokens.user("ines.kam")).stream()
          .map(e -> e.get("sourceAgency").asString()).distinct().sorted().toList();
      return seen.size() == 3 ? seen : null;
    });
    assertThat(agencies).containsExactly("CITYDEV", "FINANCE", "HUB_IMPULSE");
  }

  @Test
  void aPartnerSystemReadsCompanyIdentityButNotTheJourney() {
    String number = Companies.registered("Partner Visible Test");
    String partner = Tokens.client("partner-system");

    Http.Response company = http.get(gateway("/api/crm/companies/" + number), partner);
    Http.Response journey = http.get(gateway("/api/crm/companies/" + number + "/journey"), partner);

    assertThat(company.status()).as(company.body()).isEqualTo(200);
    assertThat(company.json().get("name").asString()).isEqualTo("Partner Visible Test");
    assertThat(journey.status()).isEqualTo(403);
  }

  @Test
  void anAnonymousApiCallIsRefusedWithProblemJson() {
    Http.Response response = http.get(gateway("/api/crm/companies/0403019261"), null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aBadEnterpriseNumberIsA400NamingTheFieldAndAnUnknownCompanyA422() {
    String advisor = Tokens.user("marc.advisor");

    Http.Response bad = http.postJson(gateway("/api/guidance/guidance-files"), advisor,
        Json.write(Map.of("enterpriseNumber", "0403.019.262", "packageType", "CREATION")));
    Http.Response unknown = http.postJson(gateway("/api/guidance/guidance-files"), advisor,
        Json.write(Map.of("enterpriseNumber", Companies.freshNumber(), "packageType", "CREATION")));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("enterpriseNumber");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
    assertThat(unknown.body()).contains("enterpriseNumber");
  }

  @Test
  void theTraceIdOfARequestFollowsItIntoTheGatewayThePoleAndTheCrmLogs() throws Exception {
    String number = Companies.registered("Traceable Test");
    String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
    String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";

    Http.Response opened = http.postJson(gateway("/api/guidance/guidance-files"),
        Tokens.user("marc.advisor"), Json.write(Map.of("enterpriseNumber", number,
            "packageType", "UNIVERSAL")), Map.of("traceparent", traceparent));

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    LocalPlatform platform = RunningPlatform.get();
    for (String process : List.of(LocalPlatform.GATEWAY, LocalPlatform.GUIDANCE, LocalPlatform.CRM)) {
      Await.until(traceId + " in the " + process + " log", Duration.ofSeconds(10), () -> {
        try {
          return Files.readString(platform.logFile(process)).contains(traceId) ? true : null;
        } catch (java.io.IOException e) {
          return null;
        }
      });
    }
  }

  private JsonNode awaitJourneyEntry(String number, String sourceReference, String token) {
    return Await.until("journey entry " + sourceReference, Duration.ofSeconds(60), () ->
        entries(number, token).stream()
            .filter(e -> sourceReference.equals(e.get("sourceReference").asString()))
            .findFirst().orElse(null));
  }

  private List<JsonNode> entries(String number, String token) {
    Http.Response response = http.get(gateway("/api/crm/companies/" + number + "/journey"), token);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return StreamSupport.stream(response.json().get("items").spliterator(), false).toList();
  }

  static URI gateway(String path) {
    return RunningPlatform.gateway().resolve(path);
  }
}
