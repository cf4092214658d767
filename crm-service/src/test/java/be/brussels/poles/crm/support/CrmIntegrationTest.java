package be.brussels.poles.crm.support;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsResponse;
import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc;
import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc.CompanyDirectoryServiceBlockingStub;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc.JourneyServiceBlockingStub;
import be.brussels.poles.crm.CrmServiceApplication;
import be.brussels.poles.testsupport.EmbeddedMongo;
import be.brussels.poles.testsupport.GrpcCalls;
import be.brussels.poles.testsupport.TestIdentityProvider;
import com.google.protobuf.Timestamp;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service, as its clients see it: HTTP on a random port, gRPC over a Netty socket
 * on another, the real MongoDB driver against an in-memory MongoDB-wire server and tokens from
 * a stand-in identity provider. Every IT class extends this one unchanged, so they all share
 * one cached Spring context; the database and the identity provider live once per JVM to
 * match. Tests stay independent by using fresh enterprise numbers and event ids.
 */
@SpringBootTest(classes = CrmServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"spring.grpc.server.port=0", "poles.crm.demo-seed=false",
        "poles.crm.kbo.drop-folder=target/test-classes/kbo-drop"})
public abstract class CrmIntegrationTest {

  protected static final EmbeddedMongo MONGO = EmbeddedMongo.start();
  protected static final TestIdentityProvider IDP = TestIdentityProvider.start();
  protected static final Tokens TOKENS = new Tokens(IDP);

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("crm"));
    registry.add("poles.security.issuer-uri", IDP::issuer);
    registry.add("poles.security.jwks-uri", IDP::jwksUri);
    registry.add("poles.security.token-uri", IDP::tokenUri);
  }

  @LocalServerPort
  protected int httpPort;

  @LocalGrpcServerPort
  protected int grpcPort;

  protected Http http;
  protected ManagedChannel channel;

  @BeforeEach
  void connect() {
    http = new Http(httpPort);
    channel = Grpc.newChannelBuilder("127.0.0.1:" + grpcPort, InsecureChannelCredentials.create())
        .build();
  }

  @AfterEach
  void disconnect() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  protected CompanyDirectoryServiceBlockingStub directory(String token) {
    return GrpcCalls.withToken(CompanyDirectoryServiceGrpc.newBlockingStub(channel), token);
  }

  protected JourneyServiceBlockingStub journey(String token) {
    return GrpcCalls.withToken(JourneyServiceGrpc.newBlockingStub(channel), token);
  }

  /** Appends as the service account of {@code clientId}. */
  protected AppendJourneyEventsResponse append(String clientId, List<JourneyEvent> events) {
    return journey(TOKENS.service(clientId)).appendJourneyEvents(
        AppendJourneyEventsRequest.newBuilder().addAllEvents(events).build());
  }

  /** A valid confidential hub.brussels impulse event about {@code number}; tests adjust it. */
  protected static JourneyEvent.Builder event(String number) {
    return JourneyEvent.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(number))
        .setSourceAgency(Agency.AGENCY_HUB_IMPULSE)
        .setType("guidance.file.opened")
        // millisecond precision: what the journey keeps (see occurredAtKeepsMilliseconds)
        .setOccurredAt(timestamp(Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS)))
        .setHeadline("Guidance file opened")
        .setContact(Contact.newBuilder().setName("Sophie Janssens").setEmail("sj@impulse.brussels"))
        .setConfidentiality(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL)
        .setDetail("Founder needs 50 000 EUR for a second shop")
        .setSourceReference("guidance-file-42");
  }

  protected static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano())
        .build();
  }

  protected static EnterpriseNumber number(String value) {
    return EnterpriseNumber.newBuilder().setValue(value).build();
  }
}
