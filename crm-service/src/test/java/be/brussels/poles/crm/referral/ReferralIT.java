package be.brussels.poles.crm.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.PageRequest;
import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.ListOpenReferralsRequest;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc.ReferralServiceBlockingStub;
import be.brussels.poles.crm.support.ControlledWorldIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import be.brussels.poles.testsupport.GrpcCalls;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The referral loop between agencies, its SLA on a clock the test moves, inboxes and gRPC. */
class ReferralIT extends ControlledWorldIntegrationTest {

  private final String lea = TOKENS.person("lea.intake", "/hub/1819", "intake");
  private final String fatima = TOKENS.person("fatima.analyst", "/finance", "analyst");
  private final String jan = TOKENS.person("jan.committee", "/finance", "committee");
  private final String tom = TOKENS.person("tom.citydev", "/citydev", "advisor");
  private final String colleague = TOKENS.person("other.analyst", "/finance", "analyst");

  private JsonNode send(String number, String token, String to) {
    Response sent = http.postJson("/companies/" + number + "/referrals", token,
        "{\"toAgency\":\"" + to + "\",\"reason\":\"Needs a 40k loan for a second shop\"}");
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    return sent.json();
  }

  private Response move(String id, String token, String json) {
    return http.postJson("/referrals/" + id + "/transitions", token, json);
  }

  private ReferralServiceBlockingStub referrals(String token) {
    return GrpcCalls.withToken(ReferralServiceGrpc.newBlockingStub(channel), token);
  }

  private List<String> ids(Response page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    page.json().path("items").forEach(r -> ids.add(r.path("referralId").asString()));
    return ids;
  }

  @Test
  void theWholeLoopFromSentToClosedIsRecordedOnTheJourneyAndNotifiesTheReferrer() {
    String number = TestNumbers.fresh();
    String id = send(number, lea, "FINANCE").path("referralId").asString();

    assertThat(move(id, fatima, "{\"state\":\"RECEIVED\",\"version\":1}").status()).isEqualTo(200);
    JsonNode accepted = move(id, fatima, "{\"state\":\"ACCEPTED\",\"version\":2}").json();
    assertThat(accepted.path("assignee").path("username").asString()).isEqualTo("fatima.analyst");
    assertThat(move(id, fatima, "{\"state\":\"IN_PROGRESS\",\"version\":3,"
        + "\"fileReference\":\"fa-77\"}").json().path("fileReference").asString())
        .isEqualTo("fa-77");
    JsonNode reported = move(id, fatima, "{\"state\":\"OUTCOME_REPORTED\",\"version\":4,"
        + "\"outcomeCode\":\"FINANCING_GRANTED\",\"note\":\"40k subordinated loan\"}").json();
    assertThat(reported.path("agencyToAct").asString()).isEqualTo("HUB_1819");
    // the referrer is notified: the referral waits in its agency's and its own inbox
    assertThat(ids(http.get("/referrals?inbox=AGENCY", lea))).contains(id);
    assertThat(ids(http.get("/referrals?inbox=MINE", lea))).contains(id);
    JsonNode closed = move(id, lea, "{\"state\":\"CLOSED\",\"version\":5}").json();
    assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
    assertThat(closed.path("history")).hasSize(6);

    JsonNode journey = http.get("/companies/" + number + "/journey?type=crm.referral&sort=oldest",
        tom).json();
    List<String> types = new ArrayList<>();
    journey.path("items").forEach(e -> types.add(e.path("type").asString()));
    assertThat(types).containsExactly("crm.referral.sent", "crm.referral.received",
        "crm.referral.accepted", "crm.referral.in_progress", "crm.referral.outcome_reported",
        "crm.referral.closed");
    // a third agency sees who referred whom, not why
    assertThat(journey.path("items").path(0).path("redacted").asBoolean()).isTrue();
    assertThat(journey.path("items").path(0).path("headline").asString())
        .isEqualTo("Referred by HUB_1819 to FINANCE");
  }

  @Test
  void aDeclineNeedsItsReasonAndOnlyTheReceiverAnswers() {
    String id = send(TestNumbers.fresh(), lea, "FINANCE").path("referralId").asString();
    Response noReason = move(id, fatima, "{\"state\":\"DECLINED\",\"version\":1}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.problemField()).isEqualTo("note");
    assertThat(move(id, lea, "{\"state\":\"ACCEPTED\",\"version\":1}").status()).isEqualTo(403);
    assertThat(move(id, tom, "{\"state\":\"ACCEPTED\",\"version\":1}").status()).isEqualTo(404);
    JsonNode declined = move(id, fatima,
        "{\"state\":\"DECLINED\",\"version\":1,\"note\":\"Outside our mandate\"}").json();
    assertThat(declined.path("declineReason").asString()).isEqualTo("Outside our mandate");
    assertThat(declined.path("agencyToAct").asString()).isEqualTo("HUB_1819");
  }

  @Test
  void aStaleVersionIsAConflictAndAnImpossibleStepIsRefused() {
    String id = send(TestNumbers.fresh(), lea, "FINANCE").path("referralId").asString();
    assertThat(move(id, fatima, "{\"state\":\"ACCEPTED\",\"version\":1}").status()).isEqualTo(200);
    assertThat(move(id, colleague, "{\"state\":\"DECLINED\",\"version\":1,\"note\":\"no\"}").status())
        .isEqualTo(409);
    assertThat(move(id, fatima, "{\"state\":\"OUTCOME_REPORTED\",\"version\":2,"
        + "\"outcomeCode\":\"NO_FOLLOW_UP\"}").status()).isEqualTo(422);
    Response bad = move(id, fatima, "{\"state\":\"DONE\",\"outcomeCode\":\"WIN\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(move(id, fatima, "{\"state\":{\"$gt\":\"\"}}").status()).isEqualTo(400);
  }

  @Test
  void aReferralNotAnsweredWithinItsWorkingDaysIsOnTheReceiversOverdueList() {
    String number = TestNumbers.fresh();
    String id = send(number, lea, "CITYDEV").path("referralId").asString();
    assertThat(ids(http.get("/referrals?overdue=true&company=" + number, tom))).isEmpty();

    CLOCK.advance(Duration.ofDays(5)); // at least 2 working days, whatever the weekday
    List<String> overdue = ids(http.get("/referrals?overdue=true&company=" + number, tom));
    assertThat(overdue).containsExactly(id);
    JsonNode referral = http.get("/referrals/" + id, tom).json();
    assertThat(referral.path("overdue").asBoolean()).isTrue();
    // overdue for the agency that must act, not for the referrer
    assertThat(ids(http.get("/referrals?overdue=true&company=" + number, lea))).isEmpty();

    assertThat(move(id, tom, "{\"state\":\"RECEIVED\",\"version\":1}").status()).isEqualTo(200);
    assertThat(ids(http.get("/referrals?overdue=true&company=" + number, tom))).isEmpty();
  }

  @Test
  void aPoleReadsTheReferralItAcceptedOverGrpcButNoOtherAgencyCan() {
    String number = TestNumbers.fresh();
    String id = send(number, lea, "FINANCE").path("referralId").asString();
    move(id, fatima, "{\"state\":\"ACCEPTED\",\"version\":1}");

    var referral = referrals(fatima).getReferral(GetReferralRequest.newBuilder()
        .setReferralId(id).build()).getReferral();
    assertThat(referral.getState().name()).isEqualTo("REFERRAL_STATE_ACCEPTED");
    assertThat(referral.getEnterpriseNumber().getValue()).isEqualTo(number);
    assertThat(referral.getReason()).contains("40k");

    var open = referrals(fatima).listOpenReferrals(ListOpenReferralsRequest.newBuilder()
        .setPage(PageRequest.newBuilder().setPageSize(200)).build());
    assertThat(open.getReferralsList()).extracting(r -> r.getReferralId()).contains(id);

    assertThatThrownBy(() -> referrals(tom).getReferral(GetReferralRequest.newBuilder()
        .setReferralId(id).build())).isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    assertThatThrownBy(() -> referrals(TOKENS.steeringManager()).getReferral(
        GetReferralRequest.newBuilder().setReferralId(id).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    assertThatThrownBy(() -> referrals(TOKENS.service("guidance-service")).getReferral(
        GetReferralRequest.newBuilder().setReferralId(id).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }

  @Test
  void inboxesArePerAgencyAndPerUserAndPaged() {
    String number = TestNumbers.fresh();
    String first = send(number, lea, "FINANCE").path("referralId").asString();
    String second = send(number, lea, "FINANCE").path("referralId").asString();
    move(first, fatima, "{\"state\":\"ACCEPTED\",\"version\":1}");

    assertThat(ids(http.get("/referrals?company=" + number, jan)))
        .containsExactlyInAnyOrder(first, second);
    assertThat(ids(http.get("/referrals?inbox=MINE&company=" + number, fatima)))
        .containsExactly(first);
    assertThat(ids(http.get("/referrals?inbox=MINE&company=" + number, jan))).isEmpty();
    assertThat(ids(http.get("/referrals?company=" + number, tom))).isEmpty();
    Response page = http.get("/referrals?inbox=ALL&company=" + number + "&size=1&sort=oldest",
        lea);
    assertThat(ids(page)).containsExactly(first);
    assertThat(page.json().path("totalItems").asLong()).isEqualTo(2);
    assertThat(http.get("/referrals?inbox=SPAM&size=0", lea).status()).isEqualTo(400);
  }

  @Test
  void referringInputIsValidated() {
    String number = TestNumbers.fresh();
    Response own = http.postJson("/companies/" + number + "/referrals", lea,
        "{\"toAgency\":\"HUB_1819\",\"reason\":\"x\"}");
    assertThat(own.status()).isEqualTo(400);
    assertThat(own.problemField()).isEqualTo("toAgency");
    Response noReason = http.postJson("/companies/" + number + "/referrals", lea,
        "{\"toAgency\":\"FINANCE\"}");
    assertThat(noReason.problemField()).isEqualTo("reason");
    assertThat(http.postJson("/companies/" + number + "/referrals",
        TOKENS.staff("/steering", "manager"), "{\"toAgency\":\"FINANCE\",\"reason\":\"x\"}")
        .status()).isEqualTo(403);
  }
}
