package be.brussels.poles.financing.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.financing.FinancingIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class LoanIT extends FinancingIntegrationTest {

  @Autowired
  FinancingApplicationService service;

  /** A start loan of EUR 12,000 at 0 % over 12 months, linear, being repaid; returns its version. */
  private long repaying(String id, String number) {
    return advance(id, analyst(), "START_REPAYMENT", approvedAndDisbursed(id, number, "12000.00"),
        Map.of());
  }

  @Test
  void startingRepaymentGivesAScheduleThatSumsToThePrincipal() {
    String number = companyKnownToCrm("Loan Schedule");
    String id = recordStartLoan(number);
    repaying(id, number);

    HttpResponse<String> response = get("/applications/" + id + "/loan", analyst());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode loan = json(response);
    assertThat(loan.get("instalments")).hasSize(12);
    assertThat(loan.get("instalments").get(0).get("total").asString()).isEqualTo("1000.00");
    assertThat(loan.get("stillOwed").asString()).isEqualTo("12000.00");
    assertThat(loan.get("inArrears").asBoolean()).isFalse();
    assertThat(loan.get("roundingRule").asString()).contains("half-even");
    assertThat(get("/applications/" + recordStartLoan(number) + "/loan", analyst()).statusCode())
        .isEqualTo(404);
    assertThat(get("/applications/" + id + "/loan", staff("marc", "/hub/impulse", "advisor"))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aMissedInstalmentBecomesADifficultySignalInTheCrmAndAPaymentClearsIt() {
    String number = companyKnownToCrm("Loan Arrears");
    String id = recordStartLoan(number);
    long v = repaying(id, number);
    LocalDate firstDue = LocalDate.parse(
        json(get("/applications/" + id + "/loan", analyst())).get("instalments").get(0)
            .get("dueOn").asString());

    service.reviewArrears(firstDue);
    assertThat(json(get("/applications/" + id, analyst())).get("version").asLong()).isEqualTo(v);
    assertThat(service.reviewArrears(firstDue.plusDays(1))).isPositive();

    eventually().until(() -> eventsAbout(id).stream()
        .anyMatch(e -> e.getType().equals("financing.loan.arrears-flagged")));
    JourneyEvent signal = eventsAbout(id).stream()
        .filter(e -> e.getType().equals("financing.loan.arrears-flagged")).findFirst().get();
    assertThat(signal.getHeadline()).isEqualTo(
        "Difficulty signal: repayments of a start loan are overdue");
    assertThat(signal.getDetail()).contains("EUR 1,000.00");
    long flagged = json(get("/applications/" + id, analyst())).get("version").asLong();
    assertThat(flagged).isEqualTo(v + 1);
    // a second review changes nothing
    service.reviewArrears(firstDue.plusDays(2));
    assertThat(json(get("/applications/" + id, analyst())).get("version").asLong())
        .isEqualTo(flagged);

    HttpResponse<String> stale = post("/applications/" + id + "/payments", analyst(),
        JSON.writeValueAsString(Map.of("version", v, "paidOn", LocalDate.now().toString(),
            "amount", Map.of("currency", "EUR", "value", "1000.00"))));
    assertThat(stale.statusCode()).isEqualTo(409);
    HttpResponse<String> paid = post("/applications/" + id + "/payments", analyst(),
        JSON.writeValueAsString(Map.of("version", flagged, "paidOn", LocalDate.now().toString(),
            "amount", Map.of("currency", "EUR", "value", "1000.00"))));
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    assertThat(json(paid).get("paid").asString()).isEqualTo("1000.00");
    assertThat(json(paid).get("inArrears").asBoolean()).isFalse();
    eventually().until(() -> eventsAbout(id).stream()
        .anyMatch(e -> e.getType().equals("financing.loan.arrears-cleared")));
  }

  @Test
  void paymentsAreCheckedAndNeverMoreThanWhatIsOwed() {
    String number = companyKnownToCrm("Loan Payments");
    String id = recordStartLoan(number);
    long v = repaying(id, number);

    HttpResponse<String> tooMuch = post("/applications/" + id + "/payments", analyst(),
        JSON.writeValueAsString(Map.of("version", v, "paidOn", LocalDate.now().toString(),
            "amount", Map.of("currency", "EUR", "value", "12000.01"))));
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    HttpResponse<String> bad = post("/applications/" + id + "/payments", analyst(),
        "{\"version\":0,\"paidOn\":\"2999-01-01\",\"amount\":{\"currency\":\"EUR\",\"value\":-5}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("version").contains("paidOn").contains("amount.value");
  }
}
