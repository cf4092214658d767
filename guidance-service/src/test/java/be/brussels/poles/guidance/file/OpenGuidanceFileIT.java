package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import be.brussels.poles.testsupport.RestCalls;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenGuidanceFileIT extends GuidanceServiceITBase {

  @Test
  void openingAFileStoresItAndItsEventReachesTheCrmOnceWithTheServiceToken() {
    String company = companyKnownToCrm("Brasserie Atlas");
    String advisor = impulseAdvisor();
    int resolvesBefore = CRM.resolveTokens().size();
    int appendsBefore = CRM.appendTokens().size();

    HttpResponse<String> response =
        post(advisor, openBody(EnterpriseNumbers.dotted(company), "CREATION", "cash-flow worries"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = json(response);
    String fileId = body.path("fileId").asString();
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/guidance-files/" + fileId));
    assertThat(body.path("enterpriseNumber").asString()).isEqualTo(company);
    assertThat(body.path("companyName").asString()).isEqualTo("Brasserie Atlas");
    assertThat(body.path("companyVerified").asBoolean()).isTrue();
    assertThat(body.path("packageType").asString()).isEqualTo("CREATION");
    assertThat(body.path("agency").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(body.path("adviser").path("name").asString()).isEqualTo("marc.advisor");
    assertThat(body.path("adviser").path("email").asString())
        .isEqualTo("marc.advisor@test.poles.brussels");
    assertThat(body.path("stage").asString()).isEqualTo("OPEN");
    assertThat(body.path("stageSince").asString()).isEqualTo(body.path("openedAt").asString());
    assertThat(Instant.parse(body.path("openedAt").asString())).isCloseTo(Instant.now(),
        within(1, ChronoUnit.MINUTES));
    assertThat(body.path("note").asString()).isEqualTo("cash-flow worries");
    assertThat(body.path("version").asLong()).isEqualTo(1);

    Document stored = storedFile(fileId);
    assertThat(stored).isNotNull();
    assertThat(stored.getString("companyName")).isEqualTo("Brasserie Atlas");
    assertThat(stored.getString("note")).isEqualTo("cash-flow worries");

    await().atMost(Duration.ofSeconds(15)).until(() -> eventsAbout(fileId).size() == 1);
    JourneyEvent event = eventsAbout(fileId).get(0);
    assertThat(event.getType()).isEqualTo("guidance.file.opened");
    assertThat(event.getEnterpriseNumber().getValue()).isEqualTo(company);
    assertThat(event.getSourceAgency()).isEqualTo(Agency.AGENCY_HUB_IMPULSE);
    assertThat(event.getHeadline()).isEqualTo("Guidance file opened: creation package");
    assertThat(event.getContact().getName()).isEqualTo("marc.advisor");
    assertThat(event.getContact().getEmail()).isEqualTo("marc.advisor@test.poles.brussels");
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(event.getDetail()).isEqualTo("cash-flow worries");
    assertThat(Instant.ofEpochSecond(event.getOccurredAt().getSeconds(),
        event.getOccurredAt().getNanos())).isEqualTo(Instant.parse(body.path("openedAt").asString()));

    // resolved on the user's behalf, delivered with the service's own identity
    assertThat(CRM.resolveTokens().subList(resolvesBefore, CRM.resolveTokens().size()))
        .contains("Bearer " + advisor);
    List<String> appendTokens = CRM.appendTokens().subList(appendsBefore, CRM.appendTokens().size());
    assertThat(appendTokens).isNotEmpty().doesNotContain("Bearer " + advisor)
        .allSatisfy(token ->
            assertThat(RestCalls.claimsOf(token)).containsEntry("azp", "guidance-service"));

    // delivered means acknowledged: nothing left to send again
    await().atMost(Duration.ofSeconds(5)).until(() ->
        storedFile(fileId).getList(Outbox.EVENTS, Document.class).isEmpty()
            && !storedFile(fileId).containsKey(Outbox.DUE_AT));
    assertThat(eventsAbout(fileId)).hasSize(1);
  }

  @Test
  void locationPointsThroughTheGatewayWhenForwarded() {
    String company = companyKnownToCrm("Forwarded SA");

    HttpResponse<String> response = rest().send(rest().request("/guidance-files", impulseAdvisor())
        .header("Content-Type", "application/json")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "poles.example.brussels")
        .header("X-Forwarded-Prefix", "/api/guidance")
        .POST(HttpRequest.BodyPublishers.ofString(openBody(company, "CREATION", null))));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains(
        "https://poles.example.brussels/api/guidance/guidance-files/"
            + json(response).path("fileId").asString());
  }

  @Test
  void fileWithoutANoteAnnouncesASharedEvent() {
    String company = companyKnownToCrm("Atelier Verde");

    HttpResponse<String> response =
        post(user("ben.bie", "/hub/bie", "manager"), openBody(company, "growth", null));

    assertThat(response.statusCode()).isEqualTo(201);
    String fileId = json(response).path("fileId").asString();
    assertThat(json(response).path("note").isNull()).isTrue();
    assertThat(json(response).path("noteRedacted").asBoolean()).isFalse();
    await().atMost(Duration.ofSeconds(15)).until(() -> eventsAbout(fileId).size() == 1);
    JourneyEvent event = eventsAbout(fileId).get(0);
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);
    assertThat(event.getDetail()).isEmpty();
    assertThat(event.getHeadline()).isEqualTo("Guidance file opened: growth package");
    assertThat(event.getSourceAgency()).isEqualTo(Agency.AGENCY_HUB_BIE);
  }

  @Test
  void unknownCompanyIsRefusedWith422NamingTheEnterpriseNumberAndNothingIsStored() {
    String stranger = EnterpriseNumbers.fresh();

    HttpResponse<String> response = post(impulseAdvisor(), openBody(stranger, "CREATION", "n"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).path("errors").get(0).path("field").asString())
        .isEqualTo("enterpriseNumber");
    assertThat(json(response).path("detail").asString()).contains("not registered in the CRM");
    assertThat(storedFilesOf(stranger)).isZero();
    assertThat(CRM.events().values()).noneMatch(e -> e.getEnterpriseNumber().getValue().equals(stranger));
  }

  @Test
  void crmDownWhileOpeningStillOpensAnUnverifiedFileAndTheEventArrivesOnceTheCrmIsBack() {
    String company = companyKnownToCrm("Chocolaterie Sablon");
    CRM.stop();

    HttpResponse<String> response = post(impulseAdvisor(), openBody(company, "RESTART", null));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = json(response);
    String fileId = body.path("fileId").asString();
    assertThat(body.path("companyVerified").asBoolean()).isFalse();
    assertThat(body.path("companyName").asString()).isEmpty();
    assertThat(storedFile(fileId).getBoolean("companyVerified")).isFalse();
    // the relay keeps trying while the CRM is away
    await().atMost(Duration.ofSeconds(10)).until(() ->
        storedFile(fileId).getInteger(Outbox.ATTEMPTS, 0) >= 2);
    assertThat(eventsAbout(fileId)).isEmpty();

    CRM.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> eventsAbout(fileId).size() == 1);
    JourneyEvent event = eventsAbout(fileId).get(0);
    assertThat(event.getEnterpriseNumber().getValue()).isEqualTo(company);
    assertThat(event.getHeadline()).isEqualTo("Guidance file opened: restart package");
    await().atMost(Duration.ofSeconds(5)).until(() ->
        storedFile(fileId).getList(Outbox.EVENTS, Document.class).isEmpty());
    assertThat(CRM.events().values()).filteredOn(e -> e.getSourceReference().equals(fileId))
        .hasSize(1);
  }

  @Test
  void atriumOpenIsForAtriumStaffOnly() {
    String company = companyKnownToCrm("Boutique Dansaert");

    assertThat(post(impulseAdvisor(), openBody(company, "ATRIUM_OPEN", null)).statusCode())
        .isEqualTo(403);
    assertThat(storedFilesOf(company)).isZero();

    HttpResponse<String> atrium =
        post(user("nora.atrium", "/hub/atrium", "advisor"), openBody(company, "ATRIUM_OPEN", null));
    assertThat(atrium.statusCode()).isEqualTo(201);
    assertThat(json(atrium).path("agency").asString()).isEqualTo("HUB_ATRIUM");
  }

  @Test
  void guidanceStaffReadFilesButTheNoteOnlyInTheOwningAgency() {
    String company = companyKnownToCrm("Imprimerie Marolles");
    String fileId = json(post(impulseAdvisor(), openBody(company, "TRANSFER", "seller aged 67")))
        .path("fileId").asString();

    JsonNode own = json(get(user("mia.manager", "/hub/impulse", "manager"), "/guidance-files/" + fileId));
    assertThat(own.path("note").asString()).isEqualTo("seller aged 67");
    assertThat(own.path("noteRedacted").asBoolean()).isFalse();

    HttpResponse<String> other = get(user("lea.intake", "/hub/1819", "intake"), "/guidance-files/" + fileId);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(json(other).path("packageType").asString()).isEqualTo("TRANSFER");
    assertThat(json(other).path("note").isNull()).isTrue();
    assertThat(json(other).path("noteRedacted").asBoolean()).isTrue();
    assertThat(other.body()).doesNotContain("seller aged 67");

    assertThat(get(user("fatima.analyst", "/finance", "analyst"), "/guidance-files/" + fileId)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void unknownFileIs404AndAMalformedIdIs400() {
    HttpResponse<String> missing =
        get(impulseAdvisor(), "/guidance-files/6f1c2a0e-8b7d-4c1e-9a55-0d1b2c3d4e5f");
    assertThat(missing.statusCode()).isEqualTo(404);

    HttpResponse<String> malformed = get(impulseAdvisor(), "/guidance-files/42");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json(malformed).path("errors").get(0).path("field").asString()).isEqualTo("fileId");
  }

  @Test
  void listIsPagedNewestFirstAndFilteredByCompanyInAnyNotation() {
    String company = companyKnownToCrm("Brasserie Cantillon");
    String other = companyKnownToCrm("Autre SA");
    String advisor = impulseAdvisor();
    String first = json(post(advisor, openBody(company, "CREATION", "first"))).path("fileId").asString();
    String second = json(post(advisor, openBody(company, "GROWTH", null))).path("fileId").asString();
    String third = json(post(advisor, openBody(company, "TRANSITION", null))).path("fileId").asString();
    post(advisor, openBody(other, "CREATION", null));

    JsonNode page0 = json(get(user("ben.bie", "/hub/bie", "advisor"),
        "/guidance-files?enterpriseNumber=BE" + company + "&page=0&size=2"));
    assertThat(page0.path("page").asInt()).isZero();
    assertThat(page0.path("size").asInt()).isEqualTo(2);
    assertThat(page0.path("totalItems").asLong()).isEqualTo(3);
    assertThat(page0.path("totalPages").asLong()).isEqualTo(2);
    assertThat(page0.path("items").valueStream().map(i -> i.path("fileId").asString()))
        .containsExactly(third, second);
    // another agency's reader: the note of the first file is redacted on the list too
    JsonNode page1 = json(get(user("ben.bie", "/hub/bie", "advisor"),
        "/guidance-files?enterpriseNumber=" + EnterpriseNumbers.dotted(company) + "&page=1&size=2"));
    assertThat(page1.path("items").valueStream().map(i -> i.path("fileId").asString()))
        .containsExactly(first);
    assertThat(page1.path("items").get(0).path("noteRedacted").asBoolean()).isTrue();
    assertThat(page1.path("items").get(0).path("note").isNull()).isTrue();

    JsonNode defaults = json(get(advisor, "/guidance-files"));
    assertThat(defaults.path("size").asInt()).isEqualTo(50);
    assertThat(defaults.path("page").asInt()).isZero();
    assertThat(defaults.path("totalItems").asLong()).isGreaterThanOrEqualTo(4);
  }
}
