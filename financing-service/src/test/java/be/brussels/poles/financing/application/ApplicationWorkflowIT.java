package be.brussels.poles.financing.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.financing.FinancingIntegrationTest;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationWorkflowIT extends FinancingIntegrationTest {

  private static String committee() {
    return staff("jan.committee", "/finance", "committee");
  }

  private HttpResponse<String> step(String id, String token, String action, long version,
      Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(extra);
    body.put("action", action);
    body.put("version", version);
    return post("/applications/" + id + "/transitions", token, JSON.writeValueAsString(body));
  }

  /** Takes a step that must succeed; returns the new version. */
  private long ok(String id, String token, String action, long version, Map<String, Object> extra) {
    HttpResponse<String> response = step(id, token, action, version, extra);
    assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
    return json(response).get("version").asLong();
  }

  /** Record, complete, analyse and send to the committee (guidance file open); returns the version. */
  private long toCommittee(String id, String number) {
    GUIDANCE.hasOpenFile(number);
    long v = ok(id, analyst(), "COMPLETE", 1, Map.of());
    v = ok(id, analyst(), "START_ANALYSIS", v, Map.of());
    v = ok(id, analyst(), "RECORD_ANALYSIS", v, Map.of("riskNotes", "Solid order book",
        "opinionRequests", List.of(Map.of("kind", "CLUSTER", "from", "ecobuild.brussels"))));
    return ok(id, analyst(), "SUBMIT_TO_COMMITTEE", v, Map.of());
  }

  private static final Map<String, Object> TERMS = Map.of("amount",
      Map.of("currency", "EUR", "value", "20000.00"), "terms", Map.of("durationMonths", 36,
          "annualRatePercent", "3.5", "repayment", "ANNUITY", "graceMonths", 6));

  @Test
  void anApplicationGoesFromSubmissionToClosureWithAJourneyEventAndAnAuditEntryPerStep() {
    String number = companyKnownToCrm("Brasserie Workflow");
    String id = recordStartLoan(number);

    long v = toCommittee(id, number);
    v = ok(id, committee(), "APPROVE", v, TERMS);
    v = ok(id, analyst(), "SIGN_CONTRACT", v, Map.of("note", "contract 2026-17"));
    v = ok(id, analyst(), "DISBURSE", v, Map.of());
    v = ok(id, analyst(), "START_REPAYMENT", v, Map.of());
    HttpResponse<String> closed = step(id, analyst(), "CLOSE", v, Map.of());

    JsonNode application = json(closed);
    assertThat(application.get("stage").asString()).isEqualTo("CLOSED");
    assertThat(application.get("version").asLong()).isEqualTo(10);
    assertThat(application.get("decision").get("outcome").asString()).isEqualTo("APPROVED");
    assertThat(application.get("decision").get("amount").get("value").asString())
        .isEqualTo("20000.00");
    assertThat(application.get("decision").get("decidedBy").get("name").asString())
        .isEqualTo("jan.committee");
    assertThat(application.get("analysis").get("opinionRequests").get(0).get("from").asString())
        .isEqualTo("ecobuild.brussels");
    JsonNode history = application.get("history");
    assertThat(history).hasSize(10);
    assertThat(history.get(5).get("action").asString()).isEqualTo("APPROVE");
    assertThat(history.get(5).get("actorName").asString()).isEqualTo("jan.committee");
    assertThat(history.get(5).get("actorAgency").asString()).isEqualTo("FINANCE");
    assertThat(history.get(4).get("summary").asString()).contains("open guidance file: RESTART");

    eventually().until(() -> eventsAbout(id).size() == 10);
    assertThat(eventsAbout(id)).extracting(JourneyEvent::getType).contains(
        "financing.application.completed", "financing.application.analysis-started",
        "financing.application.analysis-recorded", "financing.application.sent-to-committee",
        "financing.application.approved", "financing.application.contract-signed",
        "financing.application.disbursed", "financing.application.repaying",
        "financing.application.closed");
    JourneyEvent approved = eventsAbout(id).stream()
        .filter(e -> e.getType().equals("financing.application.approved")).findFirst().get();
    assertThat(approved.getHeadline()).isEqualTo("Financing application approved: start loan")
        .doesNotContain("20");
    assertThat(approved.getConfidentiality())
        .isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(approved.getDetail()).contains("EUR 20,000.00").contains("36 months");
  }

  @Test
  void onlyTheCommitteeRoleDecidesAndARefusalNeedsAMotivation() {
    String number = companyKnownToCrm("Decision Rules");
    String id = recordStartLoan(number);
    long v = toCommittee(id, number);

    assertThat(step(id, analyst(), "APPROVE", v, TERMS).statusCode()).isEqualTo(403);
    assertThat(step(id, staff("mia", "/finance", "manager"), "REFUSE", v,
        Map.of("motivation", "Insufficient own funds for this plan")).statusCode()).isEqualTo(403);
    HttpResponse<String> unmotivated = step(id, committee(), "REFUSE", v,
        Map.of("motivation", "no"));
    assertThat(unmotivated.statusCode()).isEqualTo(400);
    assertThat(unmotivated.body()).contains("motivation");
    HttpResponse<String> noTerms = step(id, committee(), "APPROVE", v,
        Map.of("amount", Map.of("currency", "EUR", "value", "20000")));
    assertThat(noTerms.statusCode()).isEqualTo(400);
    assertThat(noTerms.body()).contains("\"terms\"");
    // a committee member of another financing agency does not decide finance.brussels files
    assertThat(step(id, staff("gus", "/guarantee-fund", "committee"), "APPROVE", v, TERMS)
        .statusCode()).isEqualTo(403);
    assertThat(json(get("/applications/" + id, analyst())).get("version").asLong()).isEqualTo(v);
  }

  @Test
  void theMotivationOfARefusalReachesTheReferringAdviserThroughTheCrm() {
    String number = companyKnownToCrm("Refused With Referral");
    CRM.refers("ref-1234", number, be.brussels.poles.api.common.v1.Agency.AGENCY_HUB_IMPULSE,
        be.brussels.poles.api.common.v1.Agency.AGENCY_FINANCE, "Marc Dubois");
    Map<String, Object> body = new HashMap<>(Map.of("enterpriseNumber", number,
        "instrument", "START_LOAN", "amount", Map.of("currency", "EUR", "value", "30000"),
        "purpose", "Shop fit-out", "referralId", "ref-1234"));
    HttpResponse<String> created = post("/applications", analyst(), JSON.writeValueAsString(body));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created).get("applicationId").asString();
    assertThat(json(created).get("referral").get("referralId").asString()).isEqualTo("ref-1234");
    assertThat(json(created).get("referral").get("agency").asString()).isEqualTo("HUB_IMPULSE");
    assertThat(json(created).get("referral").get("referrer").get("name").asString())
        .isEqualTo("Marc Dubois");
    // a referral the CRM does not show is the user's mistake
    body.put("referralId", "ref-unknown");
    assertThat(post("/applications", analyst(), JSON.writeValueAsString(body)).statusCode())
        .isEqualTo(422);

    long v = toCommittee(id, number);
    HttpResponse<String> refused = step(id, committee(), "REFUSE", v, Map.of("motivation",
        "The business plan does not yet show a market for the second shop"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    assertThat(json(refused).get("stage").asString()).isEqualTo("REFUSED");
    eventually().until(() -> eventsAbout(id).stream()
        .anyMatch(e -> e.getType().equals("financing.application.refusal-motivated")));
    JourneyEvent motivation = eventsAbout(id).stream()
        .filter(e -> e.getType().equals("financing.application.refusal-motivated")).findFirst()
        .get();
    assertThat(motivation.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);
    assertThat(motivation.getDetail()).contains("ref-1234")
        .contains("does not yet show a market").doesNotContain("30");
    assertThat(motivation.getContact().getName()).isEqualTo("jan.committee");
    assertThat(motivation.getHeadline()).isEqualTo(
        "Motivated refusal of the start loan application, for Marc Dubois (HUB_IMPULSE)");
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    String id = recordStartLoan(companyKnownToCrm("Stale Version"));
    ok(id, analyst(), "COMPLETE", 1, Map.of());

    HttpResponse<String> stale = step(id, analyst(), "WITHDRAW", 1, Map.of("note", "duplicate"));

    assertThat(stale.statusCode()).isEqualTo(409);
    JsonNode now = json(get("/applications/" + id, analyst()));
    assertThat(now.get("version").asLong()).isEqualTo(2);
    assertThat(now.get("stage").asString()).isEqualTo("COMPLETE");
  }

  @Test
  void withoutAnOpenGuidanceFileTheApplicationDoesNotReachTheCommittee() {
    String id = recordStartLoan(companyKnownToCrm("No Guidance"));
    long v = ok(id, analyst(), "COMPLETE", 1, Map.of());
    v = ok(id, analyst(), "START_ANALYSIS", v, Map.of());
    v = ok(id, analyst(), "RECORD_ANALYSIS", v, Map.of("riskNotes", "ok"));

    HttpResponse<String> refused = step(id, analyst(), "SUBMIT_TO_COMMITTEE", v, Map.of());

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("no open guidance file");
    assertThat(json(get("/applications/" + id, analyst())).get("stage").asString())
        .isEqualTo("IN_ANALYSIS");
  }

  @Test
  void whenGuidanceCannotAnswerTheApplicationIsHeldNeverSentOnAndResumesLater() {
    String number = companyKnownToCrm("Guidance Down");
    String id = recordStartLoan(number);
    GUIDANCE.hasOpenFile(number);
    long v = ok(id, analyst(), "COMPLETE", 1, Map.of());
    v = ok(id, analyst(), "START_ANALYSIS", v, Map.of());
    v = ok(id, analyst(), "RECORD_ANALYSIS", v, Map.of("riskNotes", "ok"));
    GUIDANCE.failWith(Status.UNAVAILABLE);

    HttpResponse<String> held = step(id, analyst(), "SUBMIT_TO_COMMITTEE", v, Map.of());

    assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
    assertThat(json(held).get("stage").asString()).isEqualTo("ON_HOLD");
    assertThat(json(held).get("holdReason").asString()).contains("guidance service");
    eventually().until(() -> eventsAbout(id).stream()
        .anyMatch(e -> e.getType().equals("financing.application.held")));
    // the committee cannot decide a held application
    long heldVersion = json(held).get("version").asLong();
    assertThat(step(id, committee(), "APPROVE", heldVersion, TERMS).statusCode()).isEqualTo(422);

    GUIDANCE.failWith(null);
    breakers.circuitBreaker("guidance").reset();
    HttpResponse<String> resumed = step(id, analyst(), "RESUME", heldVersion, Map.of());
    assertThat(json(resumed).get("stage").asString()).isEqualTo("IN_COMMITTEE");
  }

  @Test
  void anOpenGuidanceBreakerHoldsWithoutCallingAndNothingIsApproved() {
    String number = companyKnownToCrm("Guidance Breaker Open");
    GUIDANCE.hasOpenFile(number);
    String id = recordStartLoan(number);
    long v = ok(id, analyst(), "COMPLETE", 1, Map.of());
    v = ok(id, analyst(), "START_ANALYSIS", v, Map.of());
    v = ok(id, analyst(), "RECORD_ANALYSIS", v, Map.of("riskNotes", "ok"));
    breakers.circuitBreaker("guidance").transitionToOpenState();

    HttpResponse<String> held = step(id, analyst(), "SUBMIT_TO_COMMITTEE", v, Map.of());

    // the guidance service would have said yes: the open breaker still holds, never passes
    assertThat(json(held).get("stage").asString()).isEqualTo("ON_HOLD");
    assertThat(json(held).get("decision").isNull()).isTrue();
  }

  @Test
  void catalogueRulesAreEnforcedWhenRecording() {
    String number = companyKnownToCrm("Rules At Submission");
    Map<String, Object> restart = Map.of("enterpriseNumber", number, "instrument", "RESTART_LOAN",
        "amount", Map.of("currency", "EUR", "value", "40000"), "purpose", "Restart",
        "useOfFunds", List.of("CONSULTANCY", "DEBT_REPAYMENT"));
    HttpResponse<String> debt = post("/applications", analyst(), JSON.writeValueAsString(restart));
    assertThat(debt.statusCode()).isEqualTo(422);
    assertThat(json(debt).get("errors").get(0).get("field").asString()).isEqualTo("useOfFunds");

    HttpResponse<String> tooMuch = post("/applications", analyst(), applicationBody(number,
        "HONOUR_LOAN", "25000.01", "Start capital"));
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(json(tooMuch).get("errors").get(0).get("field").asString())
        .isEqualTo("amount.value");
    assertThat(json(tooMuch).get("errors").get(0).get("reason").asString())
        .isEqualTo("must be at most 25000.00 for BRUPART_HONOUR_LOAN");

    Map<String, Object> wrongProduct = Map.of("enterpriseNumber", number, "instrument",
        "START_LOAN", "productCode", "BWF_GUARANTEE",
        "amount", Map.of("currency", "EUR", "value", "40000"), "purpose", "x");
    assertThat(post("/applications", analyst(), JSON.writeValueAsString(wrongProduct))
        .statusCode()).isEqualTo(422);
    assertThat(applications().countDocuments(
        com.mongodb.client.model.Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void badTransitionInputIsNamedNeverA500() {
    String id = recordStartLoan(companyKnownToCrm("Bad Transition"));
    assertThat(post("/applications/" + id + "/transitions", analyst(), "{\"action\":").statusCode())
        .isEqualTo(400);
    HttpResponse<String> bad = post("/applications/" + id + "/transitions", analyst(),
        "{\"action\":\"FLY\",\"terms\":{\"durationMonths\":0,\"annualRatePercent\":\"x\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("action").contains("version")
        .contains("terms.durationMonths").contains("terms.annualRatePercent");
    assertThat(post("/applications/" + id + "/transitions", analyst(),
        "{\"action\":{\"$gt\":\"\"},\"version\":1}").statusCode()).isEqualTo(400);
    assertThat(step(id, analyst(), "DISBURSE", 1, Map.of()).statusCode()).isEqualTo(422);
    assertThat(step(id, staff("ines", "/hub/impulse", "advisor"), "COMPLETE", 1, Map.of())
        .statusCode()).isEqualTo(403);
  }
}
