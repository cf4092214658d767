package be.brussels.poles.guidance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.guidance.file.GuidanceServiceITBase;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 1819 intake over REST: recording, the orientation in the journey, the CRM referral link. */
class IntakeIT extends GuidanceServiceITBase {

  private static final String LEA = user("lea.intake", "/hub/1819", "intake");

  private static String body(String kind, String company, String orientations) {
    return "{\"channel\":\"PHONE\",\"language\":\"NL\",\"requesterKind\":\"" + kind + "\","
        + (company == null ? "" : "\"enterpriseNumber\":\"" + company + "\",")
        + "\"topics\":[\"FINANCING\",\"LOCATION\"],\"question\":\"Waar vind ik startkapitaal?\","
        + "\"answer\":\"Startkapitaal van finance.brussels en coworkingcheque\","
        + "\"orientations\":" + orientations + "}";
  }

  @Test
  void aRequestIsRecordedWithItsOrientationsAndGivesAJourneyEvent() {
    String company = companyKnownToCrm("Bakkerij Noord");
    HttpResponse<String> response = post(LEA, "/intake-requests", body("EXISTING_COMPANY", company,
        "[{\"serviceId\":\"finance-start-capital\",\"referToAgency\":\"FINANCE\"},"
            + "{\"serviceId\":\"coworking-cheque\"}]"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).get().asString()
        .contains("/intake-requests/");
    JsonNode request = json(response);
    assertThat(request.path("companyName").asString()).isEqualTo("Bakkerij Noord");
    assertThat(request.path("agency").asString()).isEqualTo("HUB_1819");
    JsonNode finance = request.path("orientations").get(0);
    assertThat(finance.path("serviceName").asString()).isEqualTo("Startkapitaal");
    assertThat(finance.path("referralStatus").asString()).isEqualTo("AWAITING_CRM_REFERRAL");
    assertThat(request.path("orientations").get(1).path("referralStatus").asString())
        .isEqualTo("NONE");

    String requestId = request.path("requestId").asString();
    eventually().until(() -> eventsAbout(requestId).size() == 1);
    JourneyEvent event = eventsAbout(requestId).get(0);
    assertThat(event.getType()).isEqualTo("guidance.orientation.given");
    assertThat(event.getSourceAgency()).isEqualTo(Agency.AGENCY_HUB_1819);
    assertThat(event.getHeadline()).isEqualTo("Orientation given (phone): 2 services proposed");

    JsonNode listed = json(get(user("marc", "/hub/impulse", "advisor"),
        "/intake-requests?enterpriseNumber=" + company));
    assertThat(listed.path("items").size()).isEqualTo(1);
  }

  @Test
  void theCrmReferralMadeForAnOrientationIsCheckedWithTheCrmAndLinked() {
    String company = companyKnownToCrm("Referred SRL");
    JsonNode request = json(post(LEA, "/intake-requests", body("EXISTING_COMPANY", company,
        "[{\"serviceId\":\"select-actiris\",\"referToAgency\":\"ACTIRIS\"}]")));
    String path = "/intake-requests/" + request.path("requestId").asString() + "/orientations/"
        + request.path("orientations").get(0).path("orientationId").asString() + "/referral";
    String referralId = UUID.randomUUID().toString();

    HttpResponse<String> unknown = post(LEA, path, "{\"referralId\":\"" + referralId
        + "\",\"version\":1}");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("referralId");

    CRM.refers(referralId, company, Agency.AGENCY_HUB_1819, Agency.AGENCY_ACTIRIS, "lea.intake");
    JsonNode linked = json(post(LEA, path, "{\"referralId\":\"" + referralId + "\",\"version\":1}"));
    JsonNode orientation = linked.path("orientations").get(0);
    assertThat(orientation.path("referralStatus").asString()).as(linked.toString()).isEqualTo("LINKED");
    assertThat(orientation.path("referralId").asString()).isEqualTo(referralId);
    assertThat(orientation.path("referralState").asString()).isEqualTo("ACCEPTED");
    assertThat(linked.path("version").asLong()).isEqualTo(2);

    assertThat(post(LEA, path, "{\"referralId\":\"" + referralId + "\",\"version\":1}")
        .statusCode()).isEqualTo(409);
    // a referral to another agency than the orientation's is refused
    JsonNode other = json(post(LEA, "/intake-requests", body("EXISTING_COMPANY", company,
        "[{\"serviceId\":\"citydev-location\",\"referToAgency\":\"CITYDEV\"}]")));
    HttpResponse<String> mismatch = post(LEA, "/intake-requests/" + other.path("requestId").asString()
        + "/orientations/" + other.path("orientations").get(0).path("orientationId").asString()
        + "/referral", "{\"referralId\":\"" + referralId + "\",\"version\":1}");
    assertThat(mismatch.statusCode()).isEqualTo(422);
    assertThat(mismatch.body()).contains("ACTIRIS");
  }

  @Test
  void aProjectHolderIsRecordedWithoutCompanyAndCounted() {
    JsonNode request = json(post(LEA, "/intake-requests", body("PROJECT_HOLDER", null,
        "[{\"serviceId\":\"microstart\"}]")));
    assertThat(request.path("enterpriseNumber").isNull()).isTrue();
    assertThat(eventsAbout(request.path("requestId").asString())).isEmpty();

    JsonNode stats = json(get(LEA, "/intake-requests/statistics"));
    assertThat(stats.path("total").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(stats.path("byChannel").path("PHONE").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(stats.path("byRequesterKind").path("PROJECT_HOLDER").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(stats.path("byTopic").path("FINANCING").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void badInputIsOneProblemNamingEveryField() {
    HttpResponse<String> response = post(LEA, "/intake-requests",
        "{\"channel\":\"PIGEON\",\"language\":\"NL\",\"requesterKind\":\"EXISTING_COMPANY\","
            + "\"enterpriseNumber\":\"0403019262\",\"topics\":[\"FINANCING\",\"GOLD\"],"
            + "\"orientations\":[{\"serviceId\":\"no-such-service\"},"
            + "{\"serviceId\":\"microstart\",\"referToAgency\":\"MARS\"}]}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("channel", "enterpriseNumber", "topics[1]",
        "orientations[0].serviceId", "orientations[1].referToAgency");
    HttpResponse<String> noNumber = post(LEA, "/intake-requests",
        body("EXISTING_COMPANY", null, "[]"));
    assertThat(noNumber.statusCode()).isEqualTo(422);
  }

  @Test
  void onlyGuidanceStaffRecordAndRead() {
    String company = EnterpriseNumbers.fresh();
    for (String token : new String[] {user("fatima", "/finance", "analyst"),
        user("ines", "/actiris", "kam"), user("aud", "/hub/1819", "auditor")}) {
      assertThat(post(token, "/intake-requests", body("NEW_COMPANY", company, "[]")).statusCode())
          .isEqualTo(403);
    }
    assertThat(get(user("fatima", "/finance", "analyst"), "/intake-requests").statusCode())
        .isEqualTo(403);
    assertThat(get(user("aud", "/hub/1819", "auditor"), "/intake-requests").statusCode())
        .isEqualTo(200);
  }
}
