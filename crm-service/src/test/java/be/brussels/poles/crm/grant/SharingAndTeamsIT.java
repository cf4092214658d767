package be.brussels.poles.crm.grant;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.api.crm.v1.ListCompanyJourneyRequest;
import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sharing grants and team membership as the readers of a journey meet them, on REST and gRPC,
 * with the access log an auditor reads afterwards; who else works with a company; the
 * journey's filters.
 */
class SharingAndTeamsIT extends CrmIntegrationTest {

  private final String impulseManager = TOKENS.staff("/hub/impulse", "manager");
  private final String financeManager = TOKENS.staff("/finance", "manager");
  private final String auditor = TOKENS.staff("/steering", "auditor");

  /** The company's latest guidance-file entry (team changes add entries of the CRM). */
  private JsonNode journeyItem(String number, String token) {
    Response response = http.get("/companies/" + number + "/journey?type=guidance.file", token);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("items").path(0);
  }

  private String confidentialImpulseEvent(String number) {
    JourneyEvent event = event(number).build();
    append("guidance-service", List.of(event));
    return event.getEventId();
  }

  private Response grant(String token, String json) {
    return http.postJson("/sharing-grants", token, json);
  }

  private Response put(String path, String token, String json) {
    return http.send(http.request(path, token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Response putMember(String number, String token, String username, long version) {
    return put("/companies/" + number + "/team/member", token, "{\"username\":\"" + username
        + "\",\"name\":\"" + username + "\",\"version\":" + version + "}");
  }

  private static List<String> fields(Response response) {
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
    return fields;
  }

  @Test
  void aGrantFromTheOwnerOpensItsConfidentialDetailToTheGranteeOnRestAndGrpcAndIsLogged() {
    String number = TestNumbers.fresh();
    String eventId = confidentialImpulseEvent(number);
    assertThat(journeyItem(number, TOKENS.financeAnalyst()).path("redacted").asBoolean()).isTrue();

    Response created = grant(impulseManager, """
        {"toAgency":"FINANCE","purpose":"co-financing analysis","legalBasis":"protocol 2026/7",
         "categories":["CONFIDENTIAL_DETAIL"],"validFrom":"2020-01-01",
         "enterpriseNumber":"%s"}""".formatted(number));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("fromAgency").asString()).isEqualTo("HUB_IMPULSE");

    JsonNode item = journeyItem(number, TOKENS.financeAnalyst());
    assertThat(item.path("redacted").asBoolean()).isFalse();
    assertThat(item.path("detail").asString()).isEqualTo("Founder needs 50 000 EUR for a second shop");
    // another agency without a grant still sees it redacted
    assertThat(journeyItem(number, TOKENS.staff("/citydev", "advisor")).path("redacted")
        .asBoolean()).isTrue();
    // gRPC evaluates the same grant
    var entries = journey(TOKENS.financeAnalyst()).listCompanyJourney(
        ListCompanyJourneyRequest.newBuilder().setEnterpriseNumber(number(number)).build())
        .getEntriesList();
    assertThat(entries.get(0).getRedacted()).isFalse();

    Response log = http.get("/access-log?company=" + number + "&agency=FINANCE", auditor);
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<String> paths = new ArrayList<>();
    log.json().path("items").forEach(e -> {
      assertThat(e.path("resourceId").asString()).isEqualTo(eventId);
      assertThat(e.path("accessBasis").asString()).isEqualTo("SHARING_GRANT");
      assertThat(e.path("purpose").asString()).isEqualTo("co-financing analysis");
      assertThat(e.path("legalBasis").asString()).isEqualTo("protocol 2026/7");
      paths.add(e.path("path").asString());
    });
    assertThat(paths).containsExactlyInAnyOrder("LIST", "GRPC");
    assertThat(http.get("/access-log", TOKENS.financeAnalyst()).status()).isEqualTo(403);
  }

  @Test
  void aRevokedGrantOpensNothingAndAStaleRevokeIsAConflict() {
    String number = TestNumbers.fresh();
    confidentialImpulseEvent(number);
    JsonNode grant = grant(impulseManager, """
        {"toAgency":"FINANCE","purpose":"analysis","legalBasis":"protocol 2026/7",
         "categories":["CONFIDENTIAL_DETAIL"],"validFrom":"2020-01-01",
         "enterpriseNumber":"%s"}""".formatted(number)).json();
    String path = "/sharing-grants/" + grant.path("grantId").asString() + "/revoke";

    assertThat(http.postJson(path, financeManager, "{\"version\":1}").status()).isEqualTo(403);
    assertThat(http.postJson(path, impulseManager, "{\"version\":2}").status()).isEqualTo(409);
    assertThat(http.postJson(path, impulseManager, "{\"version\":1}").status()).isEqualTo(200);
    assertThat(journeyItem(number, TOKENS.financeAnalyst()).path("redacted").asBoolean()).isTrue();
    assertThat(http.postJson(path, impulseManager, "{\"version\":2}").status()).isEqualTo(422);
  }

  @Test
  void anExpiredOrFutureGrantOpensNothing() {
    String number = TestNumbers.fresh();
    confidentialImpulseEvent(number);
    assertThat(grant(impulseManager, """
        {"toAgency":"FINANCE","purpose":"p","legalBasis":"l","categories":["CONFIDENTIAL_DETAIL"],
         "validFrom":"2020-01-01","validUntil":"2021-01-01","enterpriseNumber":"%s"}"""
        .formatted(number)).status()).isEqualTo(201);
    assertThat(grant(impulseManager, """
        {"toAgency":"FINANCE","purpose":"p","legalBasis":"l","categories":["CONFIDENTIAL_DETAIL"],
         "validFrom":"2999-01-01","enterpriseNumber":"%s"}""".formatted(number)).status())
        .isEqualTo(201);
    assertThat(journeyItem(number, TOKENS.financeAnalyst()).path("redacted").asBoolean()).isTrue();
  }

  @Test
  void aGrantForAnotherCategoryDoesNotOpenConfidentialDetail() {
    String number = TestNumbers.fresh();
    confidentialImpulseEvent(number);
    assertThat(grant(impulseManager, """
        {"toAgency":"FINANCE","purpose":"p","legalBasis":"l","categories":["PERSONAL_DATA"],
         "validFrom":"2020-01-01","enterpriseNumber":"%s"}""".formatted(number)).status())
        .isEqualTo(201);
    assertThat(journeyItem(number, TOKENS.financeAnalyst()).path("redacted").asBoolean()).isTrue();
  }

  @Test
  void grantInputIsValidatedFieldByFieldAndOnlyManagersMayGrant() {
    Response bad = grant(impulseManager, """
        {"toAgency":"HUB_IMPULSE","purpose":"","categories":["GOSSIP"],"validFrom":"yesterday"}""");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("categories[0]", "validFrom");

    Response sameAgency = grant(impulseManager, """
        {"toAgency":"HUB_IMPULSE","purpose":"p","legalBasis":"l","categories":["PERSONAL_DATA"],
         "validFrom":"2020-01-01"}""");
    assertThat(sameAgency.status()).isEqualTo(400);
    assertThat(sameAgency.problemField()).isEqualTo("toAgency");

    assertThat(grant(TOKENS.impulseAdvisor(), """
        {"toAgency":"FINANCE","purpose":"p","legalBasis":"l","categories":["PERSONAL_DATA"],
         "validFrom":"2020-01-01"}""").status()).isEqualTo(403);
    assertThat(grant(impulseManager, "{\"toAgency\":{\"$ne\":1}}").status()).isEqualTo(400);
    assertThat(grant(impulseManager, "{not json").status()).isEqualTo(400);
  }

  @Test
  void teamMembersSeeEachOthersDetailButNotTheirColleagues() {
    String number = TestNumbers.fresh();
    confidentialImpulseEvent(number);
    String marc = TOKENS.person("marc.advisor", "/hub/impulse", "advisor");
    String fatima = TOKENS.person("fatima.analyst", "/finance", "analyst");
    String colleague = TOKENS.person("jan.committee", "/finance", "committee");

    Response first = putMember(number, marc, "marc.advisor", 0);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(putMember(number, fatima, "fatima.analyst", 0).status()).isEqualTo(409);
    assertThat(putMember(number, fatima, "fatima.analyst", 1).status()).isEqualTo(200);

    assertThat(journeyItem(number, fatima).path("redacted").asBoolean()).isFalse();
    assertThat(journeyItem(number, colleague).path("redacted").asBoolean()).isTrue();

    JsonNode team = http.get("/companies/" + number + "/team", TOKENS.staff("/citydev", "advisor"))
        .json();
    assertThat(team.path("members")).hasSize(2);
    assertThat(team.path("version").asLong()).isEqualTo(2);

    Response log = http.get("/access-log?actor=fatima.analyst&company=" + number, auditor);
    assertThat(log.json().path("items").path(0).path("accessBasis").asString())
        .isEqualTo("TEAM_MEMBERSHIP");
    // the team change is on the journey, as an event of the CRM
    assertThat(total("/companies/" + number + "/journey?type=crm.team", fatima)).isEqualTo(2);
  }

  @Test
  void actirisFlagsKeyAccountsAndItsRecruitmentNeedsAreRedactedForOutsiders() {
    String number = TestNumbers.fresh();
    String ines = TOKENS.person("ines.kam", "/actiris", "kam");
    assertThat(put("/companies/" + number + "/key-account", TOKENS.impulseAdvisor(),
        "{\"keyAccount\":true,\"version\":0}").status()).isEqualTo(403);
    assertThat(putMember(number, ines, "ines.kam", 0).status()).isEqualTo(200);
    Response flagged = put("/companies/" + number + "/key-account", ines,
        "{\"keyAccount\":true,\"version\":1}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
    Response need = http.postJson("/companies/" + number + "/recruitment-needs", ines, """
        {"kind":"JOB_DATING","title":"3 welders","positions":3,"candidates":6,
         "date":"2026-12-10","version":2}""");
    assertThat(need.status()).as(need.toString()).isEqualTo(200);

    JsonNode outsider = http.get("/companies/" + number + "/team", TOKENS.financeAnalyst()).json();
    assertThat(outsider.path("recruitmentRedacted").asBoolean()).isTrue();
    assertThat(outsider.path("recruitmentNeeds")).isEmpty();
    JsonNode own = http.get("/companies/" + number + "/team", ines).json();
    assertThat(own.path("recruitmentNeeds").path(0).path("kind").asString())
        .isEqualTo("JOB_DATING");

    JsonNode portfolio = http.get("/key-accounts?mine=true", ines).json();
    List<String> numbers = new ArrayList<>();
    portfolio.path("items").forEach(t -> numbers.add(t.path("enterpriseNumber").asString()));
    assertThat(numbers).contains(number);
    assertThat(http.get("/key-accounts", TOKENS.financeAnalyst()).status()).isEqualTo(403);
    Response bad = http.postJson("/companies/" + number + "/recruitment-needs", ines,
        "{\"kind\":\"PARTY\",\"title\":\"\",\"positions\":0,\"date\":\"x\",\"version\":3}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("kind", "date");
  }

  @Test
  void whoElseWorksWithTheCompanyShowsEveryAgencyWithContactAndStageEvenWhenConfidential() {
    String number = TestNumbers.fresh();
    append("guidance-service", List.of(event(number).build()));
    append("financing-service", List.of(event(number).setSourceAgency(Agency.AGENCY_FINANCE)
        .setType("financing.application.closed").setHeadline("Loan repaid")
        .setOccurredAt(timestamp(Instant.now().minusSeconds(60))).build()));
    Response response = http.get("/companies/" + number + "/agencies", TOKENS.staff("/citydev",
        "advisor"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode agencies = response.json();
    assertThat(agencies).hasSize(2);
    assertThat(agencies.path(0).path("agency").asString()).isEqualTo("FINANCE");
    assertThat(agencies.path(0).path("openFile").asBoolean()).isFalse();
    assertThat(agencies.path(1).path("agency").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(agencies.path(1).path("openFile").asBoolean()).isTrue();
    assertThat(agencies.path(1).path("contact").path("name").asString())
        .isEqualTo("Sophie Janssens");
    assertThat(agencies.path(1).path("stage").asString()).isEqualTo("Guidance file opened");
    assertThat(agencies.path(1).path("latest").path("redacted").asBoolean()).isTrue();
    assertThat(http.get("/companies/" + number + "/agencies", TOKENS.steeringManager()).status())
        .isEqualTo(403);
  }

  @Test
  void theJourneyFiltersByAgencyTypeDateAndConfidentialityAndSortsBothWays() {
    String number = TestNumbers.fresh();
    append("guidance-service", List.of(
        event(number).setOccurredAt(timestamp(Instant.parse("2026-01-10T10:00:00Z"))).build(),
        event(number).setType("guidance.session.held").setConfidentiality(
            Confidentiality.CONFIDENTIALITY_SHARED)
            .setOccurredAt(timestamp(Instant.parse("2026-02-10T10:00:00Z"))).build()));
    append("housing-service", List.of(event(number).setSourceAgency(Agency.AGENCY_CITYDEV)
        .setType("housing.lease.signed")
        .setOccurredAt(timestamp(Instant.parse("2026-03-10T10:00:00Z"))).build()));
    String base = "/companies/" + number + "/journey";
    String reader = TOKENS.financeAnalyst();
    assertThat(total(base + "?agency=CITYDEV", reader)).isEqualTo(1);
    assertThat(total(base + "?agency=CITYDEV&agency=HUB_IMPULSE", reader)).isEqualTo(3);
    assertThat(total(base + "?type=guidance", reader)).isEqualTo(2);
    assertThat(total(base + "?type=guidance.session", reader)).isEqualTo(1);
    assertThat(total(base + "?type=guid", reader)).isZero();
    assertThat(total(base + "?from=2026-02-01&until=2026-03-01", reader)).isEqualTo(1);
    assertThat(total(base + "?confidentiality=SHARED", reader)).isEqualTo(1);
    JsonNode oldest = http.get(base + "?sort=oldest", reader).json().path("items");
    assertThat(oldest.path(0).path("type").asString()).isEqualTo("guidance.file.opened");

    Response bad = http.get(base + "?agency=MARS&type=A*&from=never&sort=up", reader);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("agency", "type", "from", "sort");
  }

  private long total(String path, String token) {
    Response response = http.get(path, token);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("totalItems").asLong();
  }
}
