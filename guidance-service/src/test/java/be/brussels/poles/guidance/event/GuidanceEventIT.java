package be.brussels.poles.guidance.event;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.guidance.file.GuidanceServiceITBase;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Events and workshops over REST: planning, registrations, attendance, the journey. */
class GuidanceEventIT extends GuidanceServiceITBase {

  private static final String LEA = user("lea.intake", "/hub/1819", "intake");

  @Test
  void aWorkshopIsPlannedFilledAndItsAttendanceReachesTheCompanysJourney() {
    String company = companyKnownToCrm("Workshop Fan SRL");
    String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
    HttpResponse<String> planned = post(LEA, "/events", "{\"kind\":\"STARTESSENTIALS_WORKSHOP\","
        + "\"title\":\"Business plan basics\",\"heldOn\":\"" + today + "\",\"place\":\"1819\","
        + "\"capacity\":20}");
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    JsonNode event = json(planned);
    String path = "/events/" + event.path("eventId").asString();

    event = json(post(LEA, path + "/registrations", "{\"personName\":\"Ana Lopes\","
        + "\"email\":\"ana@example.org\",\"enterpriseNumber\":\"" + company + "\",\"version\":1}"));
    event = json(post(LEA, path + "/registrations", "{\"personName\":\"Bert Peeters\","
        + "\"version\":" + event.path("version").asLong() + "}"));
    assertThat(event.path("registered").asInt()).isEqualTo(2);
    String ana = event.path("registrations").get(0).path("registrationId").asString();

    HttpResponse<String> stale = post(LEA, path + "/registrations",
        "{\"personName\":\"Chris\",\"version\":1}");
    assertThat(stale.statusCode()).isEqualTo(409);

    event = json(post(LEA, path + "/attendance", "{\"attended\":[\"" + ana + "\"],\"version\":"
        + event.path("version").asLong() + "}"));
    assertThat(event.path("status").asString()).isEqualTo("HELD");
    assertThat(event.path("registrations").get(1).path("attendance").asString()).isEqualTo("NO_SHOW");

    String eventId = event.path("eventId").asString();
    eventually().until(() -> eventsAbout(eventId).size() == 1);
    JourneyEvent journey = eventsAbout(eventId).get(0);
    assertThat(journey.getType()).isEqualTo("guidance.event.attended");
    assertThat(journey.getEnterpriseNumber().getValue()).isEqualTo(company);

    JsonNode ofCompany = json(get(user("marc", "/hub/impulse", "advisor"),
        "/events?enterpriseNumber=" + company));
    assertThat(ofCompany.path("items").size()).isEqualTo(1);
  }

  @Test
  void onlyTheOrganisingAgencyChangesItsEventsAndBadInputIsNamed() {
    JsonNode event = json(post(LEA, "/events", "{\"kind\":\"INFO_SESSION\",\"title\":\"Permits\","
        + "\"heldOn\":\"2099-01-15\"}"));
    String path = "/events/" + event.path("eventId").asString();
    assertThat(post(user("marc", "/hub/impulse", "advisor"), path + "/registrations",
        "{\"personName\":\"X\",\"version\":1}").statusCode()).isEqualTo(403);
    assertThat(post(user("fatima", "/finance", "analyst"), "/events",
        "{\"kind\":\"INFO_SESSION\",\"title\":\"x\",\"heldOn\":\"2099-01-15\"}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> early = post(LEA, path + "/attendance", "{\"attended\":[],\"version\":1}");
    assertThat(early.statusCode()).isEqualTo(422);

    HttpResponse<String> bad = post(LEA, "/events", "{\"kind\":\"PARTY\",\"heldOn\":\"soon\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("kind", "heldOn");
    assertThat(List.of(json(get(LEA, "/events?scope=agency")).path("items").size()))
        .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(1));
  }
}
