package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.housing.HousingIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A request that answers another pole's referral is linked to the CRM's referral. */
class ReferralLinkIT extends HousingIntegrationTest {

  private static String referredBody(String company, String referralId) {
    return officeBody(company, null).replace("}", ", \"referralId\": \"" + referralId + "\"}");
  }

  private static String referral() {
    return "ref-" + UUID.randomUUID();
  }

  @Test
  void aReferralToTheHousingPoleIsConfirmedAndNamedOnTheJourney() {
    String company = companyKnownToCrm("Referred Company");
    String id = referral();
    CRM.refers(id, company, Agency.AGENCY_HUB_IMPULSE, Agency.AGENCY_CITYDEV, "Marc Dubois");

    JsonNode request = created(rest().post("/location-requests", officer(),
        referredBody(company, id)));

    assertThat(request.get("referralId").asString()).isEqualTo(id);
    assertThat(request.get("referredBy").asString()).isEqualTo("HUB_IMPULSE");
    String requestId = request.get("requestId").asString();
    eventually().until(() -> eventsAbout(requestId).size() == 1);
    assertThat(eventsAbout(requestId).get(0).getDetail())
        .contains("CRM referral: " + id + " from HUB_IMPULSE");
  }

  @Test
  void anUnknownReferralAnotherCompanysOrOneSentElsewhereIsRefusedNamingTheField() {
    String company = companyKnownToCrm("Careful Company");
    String other = companyKnownToCrm("Other Company");
    String otherCompanys = referral();
    CRM.refers(otherCompanys, other, Agency.AGENCY_HUB_1819, Agency.AGENCY_CITYDEV, "Léa");
    String toFinance = referral();
    CRM.refers(toFinance, company, Agency.AGENCY_HUB_1819, Agency.AGENCY_FINANCE, "Léa");

    assertRefused(company, referral(), "is not a referral the CRM shows you");
    assertRefused(company, otherCompanys, "refers another company");
    assertRefused(company, toFinance, "was sent to FINANCE, not to the housing pole");
    assertThat(requests().countDocuments(
        com.mongodb.client.model.Filters.eq("enterpriseNumber", company))).isZero();
  }

  @Test
  void aCrmThatDoesNotAnswerLeavesTheReferralUnconfirmed() {
    String company = companyKnownToCrm("Patient Company");
    String id = referral();
    CRM.stop();
    try {
      JsonNode request = created(rest().post("/location-requests", officer(),
          referredBody(company, id)));
      assertThat(request.get("referralId").asString()).isEqualTo(id);
      assertThat(request.get("referredBy").isNull()).isTrue();
      assertThat(request.get("companyVerified").asBoolean()).isFalse();
    } finally {
      CRM.start();
    }
  }

  private void assertRefused(String company, String referralId, String reason) {
    HttpResponse<String> response = rest().post("/location-requests", officer(),
        referredBody(company, referralId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode error = json(response).get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("referralId");
    assertThat(error.get("reason").asString()).startsWith(reason);
  }
}
