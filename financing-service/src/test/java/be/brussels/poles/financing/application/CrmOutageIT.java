package be.brussels.poles.financing.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.financing.FinancingIntegrationTest;
import be.brussels.poles.kit.outbox.Outbox;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The CRM down, failing or refusing: nothing recorded is lost, nothing is delivered twice. */
class CrmOutageIT extends FinancingIntegrationTest {

  @BeforeEach
  void nothingInFlight() {
    // events of earlier tests must not be caught up in this test's outage
    awaitOutboxDrained();
  }

  @Test
  void crmDownWhileRecordingStillRecordsAndTheEventArrivesOnceTheCrmIsBack() {
    String number = companyKnownToCrm("Manufactuur Noord");
    CRM.stop();
    try {
      HttpResponse<String> created = post("/applications", analyst(),
          applicationBody(number, "HONOUR_LOAN", "15000", "Founder's own funds"));

      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode body = json(created);
      assertThat(body.get("companyVerified").asBoolean()).isFalse();
      assertThat(body.get("companyName").asString()).isEmpty();
      String id = body.get("applicationId").asString();
      assertThat(Outbox.pendingIn(storedApplication(id))).hasSize(1);
      assertThat(eventsAbout(id)).isEmpty();

      CRM.start();
      eventually().until(() -> eventsAbout(id).size() == 1);
      eventually().until(() -> !storedApplication(id).containsKey(Outbox.DUE_AT));
      assertThat(eventsAbout(id).get(0).getEnterpriseNumber().getValue()).isEqualTo(number);
      assertThat(Outbox.pendingIn(storedApplication(id))).isEmpty();
    } finally {
      CRM.start();
    }
  }

  @Test
  void relaySurvivesRepeatedUnavailableAnswersAndDeliversAfterwards() {
    String number = companyKnownToCrm("Glasblazerij Zenne");
    CRM.failAppendsWith(Status.UNAVAILABLE.withDescription("restarting"));
    int callsBefore = CRM.appendCalls();

    String id = recordStartLoan(number);

    // several attempts, each further apart (backoff), none delivered
    eventually().until(() -> storedApplication(id).getInteger(Outbox.ATTEMPTS, 0) >= 3);
    assertThat(CRM.appendCalls() - callsBefore).isGreaterThanOrEqualTo(3);
    assertThat(eventsAbout(id)).isEmpty();
    assertThat(storedApplication(id).getDate(Outbox.DUE_AT)).isNotNull();

    CRM.failAppendsWith(null);
    eventually().until(() -> eventsAbout(id).size() == 1);
    eventually().until(() -> !storedApplication(id).containsKey(Outbox.DUE_AT));
    Document stored = storedApplication(id);
    assertThat(stored.getInteger(Outbox.ATTEMPTS)).isZero();
    assertThat(Outbox.pendingIn(stored)).isEmpty();
  }

  @Test
  void anEventTheCrmRejectsAsInvalidIsParkedAndNotRetried() {
    CRM.failAppendsWith(Status.INVALID_ARGUMENT.withDescription("events[0].detail is invalid"));

    String parked = recordStartLoan(companyKnownToCrm("Chocolaterie Marolles"));

    eventually().until(() -> !storedApplication(parked)
        .getList(Outbox.REJECTED, Document.class, List.of()).isEmpty());
    Document stored = storedApplication(parked);
    assertThat(stored.getList(Outbox.REJECTED, Document.class)).hasSize(1);
    assertThat(stored.getList(Outbox.EVENTS, Document.class)).isEmpty();
    // no due time: the relay never picks it up again
    assertThat(stored.containsKey(Outbox.DUE_AT)).isFalse();

    // the relay goes on with the next events; the parked one stays out
    CRM.failAppendsWith(null);
    String next = recordStartLoan(companyKnownToCrm("Chocolaterie Sablon"));
    eventually().until(() -> eventsAbout(next).size() == 1);
    assertThat(eventsAbout(parked)).isEmpty();
    assertThat(storedApplication(parked).getList(Outbox.REJECTED, Document.class)).hasSize(1);
  }
}
