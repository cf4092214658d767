package be.brussels.poles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsResponse;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.launcher.LocalPlatform;
import com.google.protobuf.Timestamp;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No journey event lost or doubled, with the real processes: the CRM down while a pole writes,
 * the same event sent twice, a pole killed between its write and the delivery.
 */
class OutboxDeliveryIT {

  private final Http http = new Http();
  private final LocalPlatform platform = RunningPlatform.get();

  @Test
  void anEventWrittenWhileTheCrmIsDownArrivesOnceTheCrmIsBack() {
    String number = Companies.registered("Outage Proof Test");
    String advisor = Tokens.user("marc.advisor");
    Http.Response opened;
    platform.stop(LocalPlatform.CRM);
    try {
      opened = openFile(number, advisor);
    } finally {
      platform.start(LocalPlatform.CRM);
      platform.awaitHealthy(LocalPlatform.CRM);
    }

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().get("companyVerified").asBoolean()).isFalse();
    String fileId = opened.json().get("fileId").asString();
    awaitEntries(number, fileId, advisor);
    assertThat(entriesFor(number, fileId, advisor)).as("delivered exactly once").hasSize(1);
  }

  @Test
  void theSameEventSentTwiceIsStoredOnce() {
    String number = Companies.registered("Idempotent Test");
    JourneyEvent event = JourneyEvent.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(number))
        .setSourceAgency(Agency.AGENCY_HUB_IMPULSE)
        .setType("guidance.session.held")
        .setOccurredAt(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()))
        .setHeadline("Coaching session held")
        .setContact(Contact.newBuilder().setName("Marc Peeters"))
        .setConfidentiality(Confidentiality.CONFIDENTIALITY_SHARED)
        .setSourceReference("session-" + number)
        .build();
    AppendJourneyEventsRequest request = AppendJourneyEventsRequest.newBuilder().addEvents(event).build();
    ManagedChannel channel = Grpc.newChannelBuilderForAddress("localhost",
        platform.grpcPort(LocalPlatform.CRM), InsecureChannelCredentials.create()).build();
    try {
      Metadata headers = new Metadata();
      headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
          "Bearer " + Tokens.client("guidance-service"));
      var journey = JourneyServiceGrpc.newBlockingStub(channel)
          .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));

      AppendJourneyEventsResponse first = journey.withDeadlineAfter(5, TimeUnit.SECONDS)
          .appendJourneyEvents(request);
      AppendJourneyEventsResponse second = journey.withDeadlineAfter(5, TimeUnit.SECONDS)
          .appendJourneyEvents(request);

      assertThat(first.getStoredCount()).isEqualTo(1);
      assertThat(second.getStoredCount()).isZero();
      assertThat(second.getDuplicateCount()).isEqualTo(1);
    } finally {
      channel.shutdownNow();
    }
    assertThat(entriesFor(number, "session-" + number, Tokens.user("marc.advisor"))).hasSize(1);
  }

  @Test
  void aPoleKilledBetweenItsWriteAndTheDeliveryDeliversAfterItsRestart() {
    String number = Companies.registered("Crash Survivor Test");
    String advisor = Tokens.user("marc.advisor");
    Http.Response opened;
    platform.stop(LocalPlatform.CRM);
    try {
      opened = openFile(number, advisor);
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
      platform.kill(LocalPlatform.GUIDANCE);
    } finally {
      platform.start(LocalPlatform.CRM);
      platform.awaitHealthy(LocalPlatform.CRM);
    }
    String fileId = opened.json().get("fileId").asString();
    assertThat(entriesFor(number, fileId, advisor)).as("nobody left to deliver it yet").isEmpty();

    platform.start(LocalPlatform.GUIDANCE);
    platform.awaitHealthy(LocalPlatform.GUIDANCE);

    awaitEntries(number, fileId, advisor);
    assertThat(entriesFor(number, fileId, advisor)).as("delivered exactly once").hasSize(1);
  }

  private Http.Response openFile(String number, String token) {
    return http.postJson(GatewayJourneyIT.gateway("/api/guidance/guidance-files"), token,
        Json.write(Map.of("enterpriseNumber", number, "packageType", "CREATION")));
  }

  private void awaitEntries(String number, String sourceReference, String token) {
    Await.until("journey entry " + sourceReference, Duration.ofSeconds(90),
        () -> entriesFor(number, sourceReference, token).isEmpty() ? null : true);
  }

  private List<JsonNode> entriesFor(String number, String sourceReference, String token) {
    Http.Response response = http.get(
        GatewayJourneyIT.gateway("/api/crm/companies/" + number + "/journey"), token);
    if (response.status() != 200) {
      return List.of();
    }
    return StreamSupport.stream(response.json().get("items").spliterator(), false)
        .filter(e -> sourceReference.equals(e.get("sourceReference").asString()))
        .toList();
  }
}
