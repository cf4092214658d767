package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.brussels.poles.kit.outbox.Outbox;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class JourneyRelayIT extends GuidanceServiceITBase {

  private String openFile(String packageType) {
    String company = companyKnownToCrm("Relay Test " + packageType);
    var response = post(impulseAdvisor(), openBody(company, packageType, null));
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).path("fileId").asString();
  }

  @Test
  void relayBacksOffWhileTheCrmAnswersUnavailableAndDeliversOnceItRecovers() {
    CRM.failAppendsWith(Status.UNAVAILABLE.withDescription("overloaded"));
    int callsBefore = CRM.appendCalls();

    String fileId = openFile("CREATION");

    // several refused attempts, each one recorded and pushing the next one back
    await().atMost(Duration.ofSeconds(15)).until(() ->
        CRM.appendCalls() - callsBefore >= 3 && storedFile(fileId).getInteger(Outbox.ATTEMPTS, 0) >= 3);
    Document waiting = storedFile(fileId);
    assertThat(waiting.getList(Outbox.EVENTS, Document.class)).hasSize(1);
    assertThat(waiting.getDate(Outbox.DUE_AT)).isNotNull();
    assertThat(eventsAbout(fileId)).isEmpty();

    CRM.failAppendsWith(null);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsAbout(fileId).size() == 1);
    await().atMost(Duration.ofSeconds(5)).until(() -> {
      Document done = storedFile(fileId);
      return done.getList(Outbox.EVENTS, Document.class).isEmpty()
          && !done.containsKey(Outbox.DUE_AT) && done.getInteger(Outbox.ATTEMPTS, -1) == 0;
    });
    assertThat(eventsAbout(fileId)).hasSize(1);
  }

  @Test
  void eventTheCrmRejectsAsInvalidIsParkedAndNotRetried() {
    CRM.failAppendsWith(Status.INVALID_ARGUMENT.withDescription("events[0].type is unknown"));

    String fileId = openFile("TRANSFER");

    await().atMost(Duration.ofSeconds(15)).until(() ->
        !storedFile(fileId).getList(Outbox.REJECTED, Document.class, List.of()).isEmpty());
    Document parked = storedFile(fileId);
    assertThat(parked.getList(Outbox.EVENTS, Document.class)).isEmpty();
    assertThat(parked.containsKey(Outbox.DUE_AT)).isFalse();
    assertThat(parked.getList(Outbox.REJECTED, Document.class).get(0).getString("type"))
        .isEqualTo("guidance.file.opened");

    // nothing due any more: no further call, even once the CRM would accept it
    int callsAfterParking = CRM.appendCalls();
    CRM.failAppendsWith(null);
    await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
        .until(() -> CRM.appendCalls() == callsAfterParking);
    assertThat(eventsAbout(fileId)).isEmpty();
  }
}
