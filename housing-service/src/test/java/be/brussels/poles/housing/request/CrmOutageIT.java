package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.housing.HousingIntegrationTest;
import be.brussels.poles.kit.outbox.Outbox;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The CRM down, failing or refusing: nothing recorded is lost, nothing is delivered twice. */
class CrmOutageIT extends HousingIntegrationTest {

  @BeforeEach
  void nothingInFlight() {
    awaitOutboxDrained();
  }

  @Test
  void crmDownWhileRecordingStillRecordsAndTheEventArrivesOnceTheCrmIsBack() {
    String number = companyKnownToCrm("Brouwerij Zenne");
    CRM.stop();
    try {
      HttpResponse<String> created =
          rest().post("/location-requests", officer(), officeBody(number, null));

      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode body = json(created);
      assertThat(body.get("companyVerified").asBoolean()).isFalse();
      assertThat(body.get("companyName").asString()).isEmpty();
      String id = body.get("requestId").asString();
      assertThat(Outbox.pendingIn(stored(id))).hasSize(1);
      assertThat(eventsAbout(id)).isEmpty();

      CRM.start();
      eventually().until(() -> eventsAbout(id).size() == 1);
      eventually().until(() -> !stored(id).containsKey(Outbox.DUE_AT));
      assertThat(Outbox.pendingIn(stored(id))).isEmpty();
    } finally {
      CRM.start();
    }
  }

  @Test
  void relaySurvivesRepeatedUnavailableAnswersAndDeliversAfterwards() {
    String number = companyKnownToCrm("Fablab Anderlecht");
    CRM.failAppendsWith(Status.UNAVAILABLE.withDescription("restarting"));
    int callsBefore = CRM.appendCalls();

    String id = recordOffice(number);

    eventually().until(() -> stored(id).getInteger(Outbox.ATTEMPTS, 0) >= 3);
    assertThat(CRM.appendCalls() - callsBefore).isGreaterThanOrEqualTo(3);
    assertThat(eventsAbout(id)).isEmpty();

    CRM.failAppendsWith(null);
    eventually().until(() -> eventsAbout(id).size() == 1);
    eventually().until(() -> !stored(id).containsKey(Outbox.DUE_AT));
    assertThat(stored(id).getInteger(Outbox.ATTEMPTS)).isZero();
  }

  @Test
  void anEventTheCrmRejectsAsInvalidIsParkedAndNotRetried() {
    CRM.failAppendsWith(Status.INVALID_ARGUMENT.withDescription("events[0].headline is invalid"));

    String parked = recordOffice(companyKnownToCrm("Serre Forest"));

    eventually().until(() -> !stored(parked).getList(Outbox.REJECTED, Document.class, List.of())
        .isEmpty());
    Document document = stored(parked);
    assertThat(document.getList(Outbox.EVENTS, Document.class)).isEmpty();
    assertThat(document.containsKey(Outbox.DUE_AT)).isFalse();

    CRM.failAppendsWith(null);
    String next = recordOffice(companyKnownToCrm("Serre Uccle"));
    eventually().until(() -> eventsAbout(next).size() == 1);
    assertThat(eventsAbout(parked)).isEmpty();
  }
}
