package be.brussels.poles.crm.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.crm.support.ControlledWorldIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The SBA indicators over a period of their own (the clock moved to 1996), so that other tests'
 * data does not count: companies per pole once however many events, referrals by outcome with
 * lead times in working days, the CSV export, and who may read them.
 */
class IndicatorIT extends ControlledWorldIntegrationTest {

  private static final Instant START = Instant.parse("1996-03-04T09:00:00Z"); // a Monday

  private final String auditor = TOKENS.staff("/steering", "auditor");

  @Test
  void supportAndReferralsAreCountedWithoutAnyCompanyOrPerson() {
    CLOCK.advance(Duration.between(Instant.now(), START));
    String first = TestNumbers.fresh();
    String second = TestNumbers.fresh();
    append("guidance-service", List.of(
        event(first).setOccurredAt(timestamp(START)).build(),
        event(first).setType("guidance.session.held").setOccurredAt(timestamp(START)).build(),
        event(second).setOccurredAt(timestamp(START)).build()));
    append("financing-service", List.of(event(first).setSourceAgency(Agency.AGENCY_FINANCE)
        .setType("financing.application.submitted").setOccurredAt(timestamp(START)).build()));

    String lea = TOKENS.person("lea.intake", "/hub/1819", "intake");
    String fatima = TOKENS.person("fatima.analyst", "/finance", "analyst");
    String id = http.postJson("/companies/" + first + "/referrals", lea,
        "{\"toAgency\":\"FINANCE\",\"reason\":\"loan\"}").json().path("referralId").asString();
    CLOCK.advance(Duration.ofDays(2)); // Wednesday: 2 working days to answer
    http.postJson("/referrals/" + id + "/transitions", fatima, "{\"state\":\"ACCEPTED\",\"version\":1}");
    http.postJson("/referrals/" + id + "/transitions", fatima,
        "{\"state\":\"IN_PROGRESS\",\"version\":2}");
    CLOCK.advance(Duration.ofDays(7)); // next Wednesday: 7 working days after sending
    http.postJson("/referrals/" + id + "/transitions", fatima,
        "{\"state\":\"OUTCOME_REPORTED\",\"version\":3,\"outcomeCode\":\"FINANCING_GRANTED\"}");
    String declined = http.postJson("/companies/" + second + "/referrals", lea,
        "{\"toAgency\":\"CITYDEV\",\"reason\":\"premises\"}").json().path("referralId").asString();
    http.postJson("/referrals/" + declined + "/transitions",
        TOKENS.person("tom.citydev", "/citydev", "advisor"),
        "{\"state\":\"DECLINED\",\"version\":1,\"note\":\"no units free\"}");
    CLOCK.reset();

    Response response = http.get("/indicators?from=1996-01-01&until=1997-01-01", auditor);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    Map<String, Double> figures = new HashMap<>();
    response.json().path("rows").forEach(r -> figures.put(r.path("indicator").asString() + "/"
        + r.path("dimension").asString(), r.path("value").asDouble()));
    assertThat(figures).containsEntry("companies_supported/", 2.0)
        .containsEntry("companies_supported_per_pole/GUIDANCE", 2.0)
        .containsEntry("companies_supported_per_pole/FINANCING", 1.0)
        .containsEntry("companies_supported_per_activity/guidance.file", 2.0)
        .containsEntry("referrals_sent/", 2.0)
        .containsEntry("referrals_per_outcome/FINANCING_GRANTED", 1.0)
        .containsEntry("referrals_per_state/DECLINED", 1.0)
        .containsEntry("referral_working_days_to_outcome/median", 7.0);
    assertThat(figures).containsKey("key_accounts/");
    assertThat(response.text()).doesNotContain(first).doesNotContain(second)
        .doesNotContain("lea.intake");

    Response csv = http.get("/indicators.csv?from=1996-01-01&until=1997-01-01", auditor);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text()).startsWith("indicator,dimension,value\n")
        .contains("companies_supported_per_pole,GUIDANCE,2\n")
        .contains("referrals_per_route,HUB_1819->FINANCE,1\n");
  }

  @Test
  void steeringAuditorsAndManagersReadIndicatorsCaseWorkersDoNot() {
    assertThat(http.get("/indicators", TOKENS.steeringManager()).status()).isEqualTo(200);
    assertThat(http.get("/indicators", TOKENS.staff("/finance", "manager")).status())
        .isEqualTo(200);
    assertThat(http.get("/indicators.csv", TOKENS.impulseAdvisor()).status()).isEqualTo(403);
    assertThat(http.get("/indicators", TOKENS.partner()).status()).isEqualTo(403);
    Response bad = http.get("/indicators?from=2026-02-01&until=2026-01-01", auditor);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.problemField()).isEqualTo("until");
  }
}
