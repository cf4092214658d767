package be.brussels.poles.financing.guarantee;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.financing.FinancingIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GuaranteeIT extends FinancingIntegrationTest {

  private static String fundAnalyst() {
    return staff("eva", "/guarantee-fund", "analyst");
  }

  private static String fundCommittee() {
    return staff("gus", "/guarantee-fund", "committee");
  }

  private HttpResponse<String> request(String number, String credit, String coverage,
      String split, String type) {
    Map<String, Object> body = new HashMap<>(Map.of("enterpriseNumber", number,
        "bank", "Banque de Bruxelles", "creditAmount", Map.of("currency", "EUR", "value", credit),
        "flatFee", Map.of("currency", "EUR", "value", "350.00"), "type", type));
    if (coverage != null) {
      body.put("coveragePercent", coverage);
    }
    if (split != null) {
      body.put("riskSplit", split);
    }
    return post("/guarantees", fundAnalyst(), JSON.writeValueAsString(body));
  }

  private BigDecimal outstanding() {
    return new BigDecimal(json(get("/guarantees/outstanding", fundAnalyst()))
        .get("outstanding").asString());
  }

  @Test
  void aGuaranteeUnderTheThresholdIsApprovedAutomaticallyAndCountsAgainstTheCeiling() {
    String number = companyKnownToCrm("Small Guarantee");
    BigDecimal before = outstanding();

    HttpResponse<String> created = request(number, "40000.00", "50", null, "GREEN");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode g = json(created);
    assertThat(g.get("status").asString()).isEqualTo("APPROVED");
    assertThat(g.get("guaranteedAmount").asString()).isEqualTo("20000.00");
    assertThat(g.get("decidedBy").asString()).startsWith("automatic approval under EUR 25,000.00");
    assertThat(outstanding().subtract(before)).isEqualByComparingTo("20000.00");
    JsonNode figures = json(get("/guarantees/outstanding", fundAnalyst()));
    assertThat(figures.get("ceiling").asString()).isEqualTo("45000000.00");
    String id = g.get("guaranteeId").asString();
    eventually().until(() -> eventsAbout(id).stream()
        .anyMatch(e -> e.getType().equals("financing.guarantee.approved")));
    assertThat(eventsAbout(id).get(0).getHeadline()).doesNotContain("20");
  }

  @Test
  void aLargerGuaranteeWaitsForTheFundsCommitteeAndTheThirdsSplitCoversAThird() {
    String number = companyKnownToCrm("Large Guarantee");
    HttpResponse<String> created = request(number, "100000.00", null, "THIRDS",
        "PUBLIC_PROCUREMENT_WORKING_CAPITAL");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode g = json(created);
    assertThat(g.get("status").asString()).isEqualTo("REQUESTED");
    assertThat(g.get("guaranteedAmount").asString()).isEqualTo("33333.33");
    String id = g.get("guaranteeId").asString();
    String decision = "{\"version\":1,\"approve\":true}";

    assertThat(post("/guarantees/" + id + "/decision", fundAnalyst(), decision).statusCode())
        .isEqualTo(403);
    assertThat(post("/guarantees/" + id + "/decision", staff("jan", "/finance", "committee"),
        decision).statusCode()).isEqualTo(403);
    assertThat(post("/guarantees/" + id + "/decision", fundCommittee(),
        "{\"version\":1,\"approve\":false,\"motivation\":\"no\"}").statusCode()).isEqualTo(400);
    assertThat(post("/guarantees/" + id + "/decision", fundCommittee(),
        "{\"version\":7,\"approve\":true}").statusCode()).isEqualTo(409);
    HttpResponse<String> approved = post("/guarantees/" + id + "/decision", fundCommittee(),
        decision);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved).get("status").asString()).isEqualTo("APPROVED");
    assertThat(json(approved).get("decidedBy").asString()).isEqualTo("gus");
  }

  @Test
  void approvalBeyondTheFundsCeilingIsRefused() {
    String number = companyKnownToCrm("Ceiling Guarantee");
    String id = json(request(number, "100000000.00", "50", null, "STANDARD"))
        .get("guaranteeId").asString();

    HttpResponse<String> refused = post("/guarantees/" + id + "/decision", fundCommittee(),
        "{\"version\":1,\"approve\":true}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("ceiling of EUR 45,000,000.00");
  }

  @Test
  void badInputIsNamedAndOnlyTheFundRecords() {
    HttpResponse<String> bad = post("/guarantees", fundAnalyst(),
        "{\"enterpriseNumber\":\"1\",\"creditAmount\":{\"currency\":\"EUR\",\"value\":\"-1\"},"
            + "\"coveragePercent\":\"101\",\"type\":\"GOLD\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("enterpriseNumber").contains("bank")
        .contains("creditAmount.value").contains("coveragePercent").contains("flatFee")
        .contains("type");
    String number = companyKnownToCrm("Not The Fund");
    String body = JSON.writeValueAsString(Map.of("enterpriseNumber", number, "bank", "B",
        "creditAmount", Map.of("currency", "EUR", "value", "1000"), "coveragePercent", "50",
        "flatFee", Map.of("currency", "EUR", "value", "10")));
    assertThat(post("/guarantees", analyst(), body).statusCode()).isEqualTo(403);
    assertThat(get("/guarantees", staff("marc", "/hub/impulse", "advisor")).statusCode())
        .isEqualTo(403);
    assertThat(get("/guarantees?enterpriseNumber=" + number, fundAnalyst()).statusCode())
        .isEqualTo(200);
  }
}
