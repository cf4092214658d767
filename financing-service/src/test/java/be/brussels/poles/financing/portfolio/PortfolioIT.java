package be.brussels.poles.financing.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.financing.FinancingIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PortfolioIT extends FinancingIntegrationTest {

  private static BigDecimal amount(JsonNode node, String field) {
    return node.get(field) == null || node.get(field).isNull() ? BigDecimal.ZERO
        : new BigDecimal(node.get(field).asString());
  }

  @Test
  void aDisbursedLoanEntersTheBookAtItsPrincipalLessTheCapitalRepaid() {
    String manager = staff("mia", "/finance", "manager");
    JsonNode before = json(get("/portfolio", manager));
    String number = companyKnownToCrm("Portfolio Company");
    String id = recordStartLoan(number);
    long v = advance(id, analyst(), "START_REPAYMENT",
        approvedAndDisbursed(id, number, "20000.00"), Map.of());
    HttpResponse<String> paid = post("/applications/" + id + "/payments", analyst(),
        JSON.writeValueAsString(Map.of("version", v, "paidOn", LocalDate.now().toString(),
            "amount", Map.of("currency", "EUR", "value", "1666.66"))));
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

    HttpResponse<String> response = get("/portfolio", manager);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode after = json(response);
    assertThat(after.get("companies").asInt()).isEqualTo(before.get("companies").asInt() + 1);
    assertThat(new BigDecimal(after.get("netBookValue").asString())
        .subtract(new BigDecimal(before.get("netBookValue").asString())))
        .isEqualByComparingTo("18333.34");
    assertThat(amount(after.get("bySubsidiary"), "BRUSTART")
        .subtract(amount(before.get("bySubsidiary"), "BRUSTART"))).isEqualByComparingTo("18333.34");
    assertThat(amount(after.get("byInstrument"), "START_LOAN")
        .subtract(amount(before.get("byInstrument"), "START_LOAN")))
        .isEqualByComparingTo("18333.34");
    assertThat(new BigDecimal(after.get("yearlyVolume").asString())
        .subtract(new BigDecimal(before.get("yearlyVolume").asString())))
        .isEqualByComparingTo("20000.00");
    assertThat(after.get("targetCompanies").asInt()).isEqualTo(400);
    assertThat(after.get("targetYearlyMin").asString()).isEqualTo("15000000.00");
    assertThat(after.get("targetYearlyMax").asString()).isEqualTo("20000000.00");
  }

  @Test
  void theSteeringCommitteeExportsTheAggregatesAsCsvOtherAgenciesDoNot() {
    HttpResponse<String> csv = rest().send(rest().request("/portfolio/export",
        staff("sara", "/steering", "auditor")).header("Accept", "text/csv").GET());

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("section,key,value_eur\r\n")
        .contains("target,companies,400").contains("total,net_book_value,");
    assertThat(get("/portfolio", staff("marc", "/hub/impulse", "advisor")).statusCode())
        .isEqualTo(403);
    assertThat(get("/portfolio?year=1999", analyst()).statusCode()).isEqualTo(400);
    assertThat(get("/portfolio?year=abc", analyst()).statusCode()).isEqualTo(400);
  }
}
