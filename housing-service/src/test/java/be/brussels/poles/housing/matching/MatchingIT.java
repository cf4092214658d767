package be.brussels.poles.housing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.HousingIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MatchingIT extends HousingIntegrationTest {

  /** A lab request of 60-100 m² in Evere from next month, budget EUR 2,000, life tech. */
  private String labRequest(String company) {
    return created(rest().post("/location-requests", officer(),
        "{\"enterpriseNumber\": \"" + company + "\", \"unitType\": \"LAB\", \"surfaceMin\": 60,"
            + " \"surfaceMax\": 100, \"maxMonthlyBudget\": {\"currency\": \"EUR\", \"value\":"
            + " \"2000\"}, \"communes\": [\"Evere\"], \"wantedFrom\": \""
            + today().plusMonths(1) + "\", \"sector\": \"LIFE_TECH\","
            + " \"specialNeeds\": \"fume hood\"}")).get("requestId").asString();
  }

  private JsonNode step(String requestId, String json) {
    HttpResponse<String> response =
        rest().post("/location-requests/" + requestId + "/steps", officer(), json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  @Test
  void unitsAreRankedWithTheReasonForEachScoreComponent() {
    String fits = addUnit(createSite("INCUBATOR", "Evere", "[\"LIFE_TECH\"]"), "LAB", 80,
        "1800.00", today());
    String dear = addUnit(createSite("INCUBATOR", "Evere", "[\"LIFE_TECH\"]"), "LAB", 80,
        "2500.00", today());
    String requestId = labRequest(companyKnownToCrm("Bio Startup"));

    JsonNode matches = json(rest().get("/location-requests/" + requestId + "/matches?size=200",
        officer()));

    JsonNode best = byUnit(matches, fits);
    assertThat(best.get("score").asInt()).isEqualTo(100);
    assertThat(best.get("components").get(0).get("criterion").get("labels").get("nl").asString())
        .isEqualTo("Oppervlakte");
    assertThat(best.get("components").findValuesAsString("reason")).contains(
        "80 m\u00b2 is within the 60-100 m\u00b2 asked",
        "EUR 1,800.00 a month is within the budget of EUR 2,000.00",
        "Evere is one of the communes asked");
    JsonNode second = byUnit(matches, dear);
    assertThat(second.get("score").asInt()).isEqualTo(95);
    assertThat(indexOf(matches, fits)).isLessThan(indexOf(matches, dear));

    assertThat(rest().get("/location-requests/" + requestId + "/matches",
        staff("fin", "/finance", "analyst")).statusCode()).isEqualTo(403);
  }

  @Test
  void proposeVisitOfferAcceptAndLeaseEachBecomeAJourneyEvent() {
    String site = createSite("INCUBATOR", "Evere", "[\"LIFE_TECH\"]");
    String lab = addUnit(site, "LAB", 70, "1500.00", today());
    String other = addUnit(site, "LAB", 90, "1900.00", today());
    String company = companyKnownToCrm("Lab Tenant");
    String requestId = labRequest(company);

    step(requestId, "{\"step\": \"UNITS_PROPOSED\", \"version\": 1, \"unitIds\": [\"" + lab
        + "\", \"" + other + "\"]}");
    step(requestId, "{\"step\": \"VISIT_PLANNED\", \"version\": 2, \"unitId\": \"" + lab
        + "\", \"visitOn\": \"" + today().plusDays(3) + "\"}");
    step(requestId, "{\"step\": \"OFFER_MADE\", \"version\": 3, \"unitId\": \"" + lab
        + "\", \"monthlyRent\": {\"currency\": \"EUR\", \"value\": \"1450.00\"}}");
    JsonNode accepted = step(requestId, "{\"step\": \"offer_accepted\", \"version\": 4}");
    assertThat(accepted.get("stage").asString()).isEqualTo("OFFER_ACCEPTED");

    HttpResponse<String> leased = rest().post("/location-requests/" + requestId + "/lease",
        officer(), "{\"version\": 5, \"start\": \"" + today().plusMonths(1) + "\", \"end\": \""
            + today().plusMonths(1).plusYears(3).minusDays(1) + "\"}");
    assertThat(leased.statusCode()).as(leased.body()).isEqualTo(200);
    JsonNode request = json(leased);
    assertThat(request.get("stage").asString()).isEqualTo("LEASED");
    assertThat(request.get("steps").findValuesAsString("code")).containsExactly(
        "UNITS_PROPOSED", "VISIT_PLANNED", "OFFER_MADE", "OFFER_ACCEPTED", "LEASED");
    assertThat(request.get("steps").get(2).get("monthlyRent").get("value").asString())
        .isEqualTo("1450.00");
    assertThat(request.get("steps").get(4).get("by").get("name").asString())
        .isEqualTo("olivia.officer");
    assertThat(request.get("sector").get("code").asString()).isEqualTo("LIFE_TECH");
    assertThat(request.get("specialNeeds").asString()).isEqualTo("fume hood");

    JsonNode lease = json(rest().get("/leases?enterpriseNumber=" + company, officer()))
        .get("items").get(0);
    assertThat(lease.get("unitId").asString()).isEqualTo(lab);
    assertThat(lease.get("monthlyRent").get("value").asString()).isEqualTo("1450.00");
    assertThat(lease.get("requestId").asString()).isEqualTo(requestId);

    eventually().until(() -> eventsAbout(requestId).size() == 6);
    List<String> types = eventsAbout(requestId).stream().map(JourneyEvent::getType).toList();
    assertThat(types).containsExactlyInAnyOrder("housing.request.recorded",
        "housing.request.units_proposed", "housing.request.visit_planned",
        "housing.request.offer_made", "housing.request.offer_accepted", "housing.request.leased");
    JourneyEvent offer = eventsAbout(requestId).stream()
        .filter(e -> e.getType().equals("housing.request.offer_made")).findFirst().orElseThrow();
    assertThat(offer.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(offer.getHeadline()).startsWith("Offer made: lab U-70 (70 m\u00b2) at Site ");
    assertThat(offer.getDetail()).isEqualTo("Monthly rent offered: EUR 1,450.00");
    JourneyEvent proposed = eventsAbout(requestId).stream()
        .filter(e -> e.getType().equals("housing.request.units_proposed")).findFirst()
        .orElseThrow();
    assertThat(proposed.getHeadline()).isEqualTo("Premises proposed: 2 labs");
    assertThat(proposed.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);
  }

  @Test
  void aStaleVersionIsA409AndAStepOutOfOrderIsA422NamingTheStep() {
    String lab = addUnit(createSite("INCUBATOR", "Evere", "[]"), "LAB", 70, "1500", today());
    String requestId = labRequest(companyKnownToCrm("Order Matters"));

    HttpResponse<String> early = rest().post("/location-requests/" + requestId + "/steps",
        officer(), "{\"step\": \"OFFER_ACCEPTED\", \"version\": 1}");
    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(json(early).get("errors").get(0).get("field").asString()).isEqualTo("step");
    assertThat(json(early).get("detail").asString())
        .isEqualTo("cannot accept the offer at stage OPEN");

    step(requestId, "{\"step\": \"UNITS_PROPOSED\", \"version\": 1, \"unitIds\": [\"" + lab
        + "\"]}");
    HttpResponse<String> stale = rest().post("/location-requests/" + requestId + "/steps",
        officer(), "{\"step\": \"UNITS_PROPOSED\", \"version\": 1, \"unitIds\": [\"" + lab
            + "\"]}");
    assertThat(stale.statusCode()).isEqualTo(409);

    HttpResponse<String> notProposed = rest().post("/location-requests/" + requestId + "/steps",
        officer(), "{\"step\": \"OFFER_MADE\", \"version\": 2, \"unitId\": \""
            + addUnit(createSite("INCUBATOR", "Evere", "[]"), "LAB", 70, "1500", today())
            + "\", \"monthlyRent\": {\"currency\": \"EUR\", \"value\": \"10\"}}");
    assertThat(notProposed.statusCode()).isEqualTo(422);
    assertThat(notProposed.body()).contains("was not proposed for this request");

    HttpResponse<String> wrongType = rest().post("/location-requests/" + requestId + "/steps",
        officer(), "{\"step\": \"UNITS_PROPOSED\", \"version\": 2, \"unitIds\": [\""
            + addUnit(createSite("FAB_LAB", "Evere", "[]"), "WORKSHOP", 70, "1500", today())
            + "\"]}");
    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(json(wrongType).get("errors").get(0).get("field").asString())
        .isEqualTo("unitIds[0]");

    HttpResponse<String> bad = rest().post("/location-requests/" + requestId + "/steps",
        officer(), "{\"step\": \"LEASED\", \"unitIds\": [{\"$ne\": 1}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(rest().post("/location-requests/" + requestId + "/steps",
        staff("ana", "/citydev", "intake"), "{\"step\": \"DECLINED\", \"version\": 2,"
            + " \"reason\": \"x\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void aDeclineNeedsAReasonAndEndsTheRequest() {
    String requestId = labRequest(companyKnownToCrm("Not Interested"));
    HttpResponse<String> noReason = rest().post("/location-requests/" + requestId + "/steps",
        officer(), "{\"step\": \"DECLINED\", \"version\": 1, \"reason\": \" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"reason\"");

    JsonNode declined = step(requestId, "{\"step\": \"DECLINED\", \"version\": 1, \"reason\":"
        + " \"found premises privately\"}");
    assertThat(declined.get("stage").asString()).isEqualTo("DECLINED");
    assertThat(declined.get("steps").get(0).get("reason").asString())
        .isEqualTo("found premises privately");
    eventually().until(() -> eventsAbout(requestId).stream()
        .anyMatch(e -> e.getType().equals("housing.request.declined")
            && e.getDetail().equals("Reason: found premises privately")
            && e.getConfidentiality() == Confidentiality.CONFIDENTIALITY_CONFIDENTIAL));
    assertThat(rest().post("/location-requests/" + requestId + "/steps", officer(),
        "{\"step\": \"DECLINED\", \"version\": 2, \"reason\": \"again\"}").statusCode())
        .isEqualTo(422);
  }

  @Test
  void aCompanyAskingForMoreRoomThanItLeasesIsSignalledAsOutgrowingIt() {
    String company = companyKnownToCrm("Growing Fast");
    String small = addUnit(createSite("BUSINESS_CENTRE", "Jette", "[]"), "OFFICE", 20, "300",
        today().minusDays(5));
    created(rest().post("/units/" + small + "/leases", officer(),
        leaseBody(company, today().minusDays(5), today().plusYears(1), "300")));

    String requestId = json(rest().post("/location-requests", officer(),
        officeBody(company, null))).get("requestId").asString();

    eventually().until(() -> eventsAbout(requestId).size() == 2);
    JourneyEvent growth = eventsAbout(requestId).stream()
        .filter(e -> e.getType().equals("housing.company.outgrowing")).findFirst().orElseThrow();
    assertThat(growth.getHeadline()).isEqualTo(
        "Company outgrowing its premises: 20 m\u00b2 now, looking for 80 m\u00b2 or more");
    assertThat(growth.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);

    String other = companyKnownToCrm("Not Growing");
    String requestOfOther = json(rest().post("/location-requests", officer(),
        officeBody(other, null))).get("requestId").asString();
    eventually().until(() -> eventsAbout(requestOfOther).size() == 1);
  }

  private static JsonNode byUnit(JsonNode matches, String unitId) {
    return matches.get("items").get(indexOf(matches, unitId));
  }

  private static int indexOf(JsonNode matches, String unitId) {
    JsonNode items = matches.get("items");
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).get("unit").get("unitId").asString().equals(unitId)) {
        return i;
      }
    }
    throw new AssertionError("unit " + unitId + " not among the matches");
  }
}
