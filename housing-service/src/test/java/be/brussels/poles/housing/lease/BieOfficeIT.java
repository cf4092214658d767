package be.brussels.poles.housing.lease;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.HousingIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The BIE starter centre's equipped office, three months free for a prospected investor. */
class BieOfficeIT extends HousingIntegrationTest {

  private static String bie() {
    return staff("ben.bie", "/hub/bie", "advisor");
  }

  private static String bieBody(String company) {
    return "{\"enterpriseNumber\": \"" + company + "\", \"kind\": \"BIE_INVESTOR_OFFICE\","
        + " \"start\": \"" + today() + "\"}";
  }

  private String starterOffice() {
    return addUnit(createSite("STARTER_CENTRE", "Ixelles", "[]"), "OFFICE", 18, "300", today());
  }

  @Test
  void aBieAdviserAllocatesThreeFreeMonthsAndTheJourneyIsTold() {
    String company = companyKnownToCrm("Investor Branch");

    JsonNode lease = created(rest().post("/units/" + starterOffice() + "/leases", bie(),
        bieBody(company)));

    assertThat(lease.get("kind").get("code").asString()).isEqualTo("BIE_INVESTOR_OFFICE");
    assertThat(lease.get("end").asString())
        .isEqualTo(today().plusMonths(3).minusDays(1).toString());
    assertThat(lease.get("monthlyRent").get("value").asString()).isEqualTo("0.00");
    String leaseId = lease.get("leaseId").asString();
    eventually().until(() -> eventsAbout(leaseId).size() == 1);
    JourneyEvent event = eventsAbout(leaseId).get(0);
    assertThat(event.getSourceAgency()).isEqualTo(Agency.AGENCY_HUB_BIE);
    assertThat(event.getHeadline()).startsWith("Free BIE starter-centre office allocated: office");
  }

  @Test
  void theFreeOfficeIsOncePerInvestorOnlyInAStarterCentreAndFree() {
    String company = companyKnownToCrm("Second Try Investor");
    created(rest().post("/units/" + starterOffice() + "/leases", bie(), bieBody(company)));

    HttpResponse<String> again = rest().post("/units/" + starterOffice() + "/leases", bie(),
        bieBody(company));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(json(again).get("detail").asString()).contains("already had its free BIE office");

    String centre = addUnit(createSite("BUSINESS_CENTRE", "Ixelles", "[]"), "OFFICE", 18, "300",
        today());
    HttpResponse<String> wrongPlace = rest().post("/units/" + centre + "/leases", bie(),
        bieBody(companyKnownToCrm("Misplaced Investor")));
    assertThat(wrongPlace.statusCode()).isEqualTo(422);
    assertThat(json(wrongPlace).get("errors").get(0).get("field").asString()).isEqualTo("kind");

    HttpResponse<String> withRent = rest().post("/units/" + starterOffice() + "/leases", bie(),
        bieBody(companyKnownToCrm("Paying Investor")).replace("}",
            ", \"monthlyRent\": {\"currency\": \"EUR\", \"value\": \"100\"}}"));
    assertThat(withRent.statusCode()).isEqualTo(400);
    assertThat(withRent.body()).contains("a BIE office is free");
  }

  @Test
  void bieStaffAllocateOnlyTheFreeOfficeAndOtherAgenciesNothing() {
    String office = starterOffice();
    assertThat(rest().post("/units/" + office + "/leases", bie(),
        leaseBody(companyKnownToCrm("Standard Tenant"), today(), today().plusYears(1), "300"))
        .statusCode()).isEqualTo(403);
    assertThat(rest().post("/units/" + office + "/leases", staff("marc", "/hub/impulse",
        "advisor"), bieBody(companyKnownToCrm("Impulse Investor"))).statusCode()).isEqualTo(403);
    assertThat(rest().post("/units/" + office + "/leases", staff("ben", "/hub/bie", "intake"),
        bieBody(companyKnownToCrm("Intake Investor"))).statusCode()).isEqualTo(403);
  }
}
