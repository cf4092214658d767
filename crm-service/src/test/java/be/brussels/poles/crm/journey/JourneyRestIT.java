package be.brussels.poles.crm.journey;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class JourneyRestIT extends CrmIntegrationTest {

  private Response journeyOf(String number, String token) {
    return http.get("/companies/" + number + "/journey", token);
  }

  private List<String> eventIds(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("eventId").asString()));
    return ids;
  }

  @Test
  void anEntryCarriesEveryFieldOfTheEvent() {
    String number = TestNumbers.fresh();
    JourneyEvent shared = event(number)
        .setConfidentiality(Confidentiality.CONFIDENTIALITY_SHARED)
        .setOccurredAt(timestamp(Instant.parse("2026-05-04T08:30:00.250Z")))
        .build();
    append("guidance-service", List.of(shared));

    Response response = journeyOf(TestNumbers.dotted(number), TOKENS.financeAnalyst());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode page = response.json();
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(50);
    assertThat(page.path("totalItems").asLong()).isEqualTo(1);
    assertThat(page.path("totalPages").asLong()).isEqualTo(1);
    JsonNode item = page.path("items").path(0);
    assertThat(item.path("eventId").asString()).isEqualTo(shared.getEventId());
    assertThat(item.path("enterpriseNumber").asString()).isEqualTo(number);
    assertThat(item.path("sourceAgency").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(item.path("type").asString()).isEqualTo("guidance.file.opened");
    assertThat(Instant.parse(item.path("occurredAt").asString()))
        .isEqualTo(Instant.parse("2026-05-04T08:30:00.250Z"));
    assertThat(item.path("headline").asString()).isEqualTo("Guidance file opened");
    assertThat(item.path("contact").path("name").asString()).isEqualTo("Sophie Janssens");
    assertThat(item.path("contact").path("email").asString()).isEqualTo("sj@impulse.brussels");
    assertThat(item.path("confidentiality").asString()).isEqualTo("SHARED");
    assertThat(item.path("detail").asString()).isEqualTo(shared.getDetail());
    assertThat(item.path("redacted").asBoolean()).isFalse();
    assertThat(item.path("sourceReference").asString()).isEqualTo("guidance-file-42");
  }

  @Test
  void confidentialDetailOfImpulseIsRedactedForFinanceButNotForImpulse() {
    String number = TestNumbers.fresh();
    append("guidance-service", List.of(event(number).build()));

    JsonNode seenByFinance = journeyOf(number, TOKENS.financeAnalyst()).json().path("items").path(0);
    assertThat(seenByFinance.path("redacted").asBoolean()).isTrue();
    assertThat(seenByFinance.has("detail")).isTrue();
    assertThat(seenByFinance.path("detail").isNull()).isTrue();
    assertThat(seenByFinance.path("sourceAgency").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(seenByFinance.path("type").asString()).isEqualTo("guidance.file.opened");
    assertThat(seenByFinance.path("headline").asString()).isEqualTo("Guidance file opened");
    assertThat(seenByFinance.path("contact").path("name").asString()).isEqualTo("Sophie Janssens");
    assertThat(seenByFinance.path("occurredAt").asString()).isNotEmpty();
    assertThat(seenByFinance.path("confidentiality").asString()).isEqualTo("CONFIDENTIAL");

    JsonNode seenByImpulse = journeyOf(number, TOKENS.impulseAdvisor()).json().path("items").path(0);
    assertThat(seenByImpulse.path("redacted").asBoolean()).isFalse();
    assertThat(seenByImpulse.path("detail").asString())
        .isEqualTo("Founder needs 50 000 EUR for a second shop");
  }

  @Test
  void aMixedJourneyRedactsOnlyTheOtherAgenciesConfidentialEntries() {
    String number = TestNumbers.fresh();
    Instant base = Instant.parse("2026-02-01T00:00:00Z");
    append("guidance-service", List.of(event(number).setEventId("imp-" + number)
        .setOccurredAt(timestamp(base)).build()));
    append("financing-service", List.of(event(number).setEventId("fin-" + number)
        .setSourceAgency(Agency.AGENCY_FINANCE).setOccurredAt(timestamp(base.plusSeconds(60)))
        .build()));

    JsonNode items = journeyOf(number, TOKENS.financeAnalyst()).json().path("items");
    assertThat(items.path(0).path("eventId").asString()).isEqualTo("fin-" + number);
    assertThat(items.path(0).path("redacted").asBoolean()).isFalse();
    assertThat(items.path(1).path("eventId").asString()).isEqualTo("imp-" + number);
    assertThat(items.path(1).path("redacted").asBoolean()).isTrue();
  }

  @Test
  void entriesComeNewestFirstWithTiesOrderedByEventId() {
    String number = TestNumbers.fresh();
    Instant same = Instant.parse("2026-03-03T12:00:00Z");
    append("guidance-service", List.of(
        event(number).setEventId("b-" + number).setOccurredAt(timestamp(same)).build(),
        event(number).setEventId("old-" + number).setOccurredAt(timestamp(same.minusSeconds(1)))
            .build(),
        event(number).setEventId("a-" + number).setOccurredAt(timestamp(same)).build(),
        event(number).setEventId("new-" + number).setOccurredAt(timestamp(same.plusSeconds(1)))
            .build()));

    assertThat(eventIds(journeyOf(number, TOKENS.impulseAdvisor()).json())).containsExactly(
        "new-" + number, "a-" + number, "b-" + number, "old-" + number);
  }

  @Test
  void pagesSplitTheJourneyAndReportTheTotals() {
    String number = TestNumbers.fresh();
    Instant base = Instant.parse("2026-04-01T00:00:00Z");
    List<JourneyEvent> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(event(number).setEventId("p" + i + "-" + number)
          .setOccurredAt(timestamp(base.plusSeconds(i))).build());
    }
    append("guidance-service", batch);
    String path = "/companies/" + number + "/journey";

    JsonNode first = http.get(path + "?page=0&size=2", TOKENS.impulseAdvisor()).json();
    assertThat(eventIds(first)).containsExactly("p4-" + number, "p3-" + number);
    assertThat(first.path("totalItems").asLong()).isEqualTo(5);
    assertThat(first.path("totalPages").asLong()).isEqualTo(3);
    assertThat(first.path("size").asInt()).isEqualTo(2);

    JsonNode last = http.get(path + "?page=2&size=2", TOKENS.impulseAdvisor()).json();
    assertThat(last.path("page").asInt()).isEqualTo(2);
    assertThat(eventIds(last)).containsExactly("p0-" + number);

    JsonNode beyond = http.get(path + "?page=3&size=2", TOKENS.impulseAdvisor()).json();
    assertThat(eventIds(beyond)).isEmpty();
    assertThat(beyond.path("totalItems").asLong()).isEqualTo(5);

    JsonNode whole = http.get(path + "?size=200", TOKENS.impulseAdvisor()).json();
    assertThat(eventIds(whole)).hasSize(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"size=0", "size=201", "size=-5", "page=-1", "page=abc", "size=1.5",
      "page=99999999999"})
  void pagingOutOfRangeIsA400NamingTheParameter(String query) {
    Response response = http.get("/companies/" + TestNumbers.fresh() + "/journey?" + query,
        TOKENS.impulseAdvisor());
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.problemField()).isEqualTo(query.substring(0, query.indexOf('=')));
  }

  @Test
  void aCompanyWithoutEventsHasAnEmptyJourney() {
    Response response = journeyOf(TestNumbers.fresh(), TOKENS.impulseAdvisor());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("items").isArray()).isTrue();
    assertThat(response.json().path("items").size()).isZero();
    assertThat(response.json().path("totalItems").asLong()).isZero();
    assertThat(response.json().path("totalPages").asLong()).isZero();
  }

  @Test
  void aBadNumberIsA400() {
    Response response = journeyOf("0403019262", TOKENS.impulseAdvisor());
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemField()).isEqualTo("enterpriseNumber");
  }

  @Test
  void steeringPartnersAndServicesAreRefusedTheJourney() {
    String number = TestNumbers.fresh();
    append("guidance-service", List.of(event(number).build()));
    for (String token : List.of(TOKENS.steeringManager(), TOKENS.partner(),
        TOKENS.service("guidance-service"))) {
      Response response = journeyOf(number, token);
      assertThat(response.status()).isEqualTo(403);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.text()).doesNotContain("Founder");
    }
  }
}
