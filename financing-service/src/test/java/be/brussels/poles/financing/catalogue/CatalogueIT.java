package be.brussels.poles.financing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.financing.FinancingIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogueIT extends FinancingIntegrationTest {

  @Test
  void advisersOfEveryAgencyListProductsPagedAndFiltered() {
    String adviser = staff("marc", "/hub/impulse", "advisor");
    HttpResponse<String> response = get("/products?instrument=honour_loan&size=1", adviser);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode page = json(response);
    assertThat(page.get("totalItems").asLong()).isEqualTo(2);
    assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    JsonNode honour = page.get("items").get(0);
    assertThat(honour.get("code").asString()).isEqualTo("BRUPART_HONOUR_LOAN");
    assertThat(honour.get("subsidiary").asString()).isEqualTo("BRUPART");
    assertThat(honour.get("amountRange").get("min").asString()).isEqualTo("5000.00");
    assertThat(honour.get("amountRange").get("max").asString()).isEqualTo("25000.00");
    assertThat(honour.get("rateOrFee").asString()).isEqualTo("interest-free");
    assertThat(honour.get("instrumentLabels").get("nl").asString()).isEqualTo("erelening");

    JsonNode sorted = json(get("/products?sort=code&size=200", adviser));
    assertThat(sorted.get("items").get(0).get("code").asString()).isEqualTo("BRUCOFIN_BANK_COFINANCING");
  }

  @Test
  void eligibilityCheckExplainsEachRule() {
    String body = JSON.writeValueAsString(Map.of(
        "amount", Map.of("currency", "EUR", "value", "600000"),
        "roundSize", Map.of("currency", "EUR", "value", "1000000"),
        "seatRegion", "BRUSSELS",
        "coFinanciers", java.util.List.of("VENTURE_CAPITAL")));
    HttpResponse<String> response = post("/products/CO_INVESTMENT_FUND/eligibility",
        staff("marc", "/hub/impulse", "advisor"), body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = json(response);
    assertThat(report.get("verdict").asString()).isEqualTo("NOT_ELIGIBLE");
    assertThat(report.get("rules")).hasSize(4);
    assertThat(report.get("rules").get(3).get("rule").asString()).isEqualTo("MAX_SHARE_OF_ROUND");
    assertThat(report.get("rules").get(3).get("outcome").asString()).isEqualTo("FAILED");
    assertThat(report.get("rules").get(3).get("explanation").asString())
        .contains("60.00 % of the round");
  }

  @Test
  void badFactsAreNamedAndUnknownProductsAre404() {
    String token = analyst();
    HttpResponse<String> bad = post("/products/BRUPART_HONOUR_LOAN/eligibility", token,
        "{\"seatRegion\":\"MARS\",\"flags\":[\"X\"],\"amount\":{\"currency\":\"USD\",\"value\":\"1\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("seatRegion").contains("flags[0]").contains("amount.currency");
    assertThat(post("/products/BRUPART_HONOUR_LOAN/eligibility", token,
        "{\"sector\":{\"$gt\":\"\"}}").statusCode()).isEqualTo(400);
    assertThat(get("/products/NO_SUCH", token).statusCode()).isEqualTo(404);
    assertThat(get("/products/lower-case", token).statusCode()).isEqualTo(400);
    assertThat(get("/products?sort=price", token).statusCode()).isEqualTo(400);
  }

  @Test
  void steeringAndMachinesDoNotReadTheCatalogue() {
    assertThat(get("/products", staff("sam", "/steering", "auditor")).statusCode()).isEqualTo(403);
    assertThat(get("/products", IDP.service("crm-service").audience("financing-service").sign())
        .statusCode()).isEqualTo(403);
    assertThat(get("/products", null).statusCode()).isEqualTo(401);
  }
}
