package be.brussels.poles.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.JourneyEvent;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.AbstractStub;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of a pole service's integration tests: the service's application (found from the
 * test's package) running on random HTTP and gRPC ports against an {@link EmbeddedMongo}, a
 * {@link TestIdentityProvider} and a {@link FakeCrm}, started once per test JVM. Every test class
 * of a service has the same properties, so Spring starts one context for the whole suite; tests
 * use their own companies ({@link #companyKnownToCrm}), so they never see each other's data.
 *
 * <p>A service's base extends this and wires the service in, with anything of its own:
 *
 * <pre>{@code
 * public abstract class FinancingIntegrationTest extends PoleServiceIntegrationTest {
 *   @DynamicPropertySource
 *   static void financing(DynamicPropertyRegistry registry) {
 *     wire(registry, "financing-service", "financing");
 *   }
 * }
 * }</pre>
 *
 * Short outbox intervals and backoffs keep the CRM-outage tests quick; the CRM circuit breaker
 * leaves its open state after 200 ms, since tests take the CRM down on purpose. A service's base
 * may override any of these with {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.grpc.server.port=0",
    "poles.outbox.poll-interval=100ms",
    "poles.outbox.initial-backoff=50ms",
    "poles.outbox.max-backoff=400ms",
    "poles.crm.resolve-deadline=1s",
    "resilience4j.circuitbreaker.instances.crm.wait-duration-in-open-state=200ms"})
public abstract class PoleServiceIntegrationTest {

  /** The client id of the CRM, an audience of every pole's service token. */
  public static final String CRM_CLIENT_ID = "crm-service";

  protected static final EmbeddedMongo MONGO = EmbeddedMongo.start();
  protected static final TestIdentityProvider IDP = TestIdentityProvider.start();
  protected static final FakeCrm CRM = FakeCrm.onFreePort().start();
  protected static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Points the service at the stand-ins: identity provider, database {@code database} and CRM.
   * The client-credentials tokens the provider issues to {@code clientId} (the service's own, for
   * the outbox relay) have the CRM as audience. Call it from the service's {@code @DynamicPropertySource} method.
   */
  protected static void wire(DynamicPropertyRegistry registry, String clientId, String database) {
    IDP.grantAudiences(clientId, CRM_CLIENT_ID);
    registry.add("poles.security.issuer-uri", IDP::issuer);
    registry.add("poles.security.jwks-uri", IDP::jwksUri);
    registry.add("poles.security.token-uri", IDP::tokenUri);
    registry.add("spring.mongodb.uri", () -> MONGO.uri(database));
    registry.add("poles.crm.grpc-target", CRM::target);
  }

  @LocalServerPort
  protected int port;
  @Autowired
  protected GrpcServerLifecycle grpcServer;
  @Autowired
  protected CircuitBreakerRegistry breakers;
  @Autowired
  protected MongoDatabase database;

  private ManagedChannel channel;

  /** Every test starts with a healthy CRM and a closed breaker, whatever the previous one did. */
  @BeforeEach
  protected void healthyCrm() {
    CRM.failAppendsWith(null);
    CRM.start();
    breakers.circuitBreaker("crm").reset();
  }

  @AfterEach
  protected void closeChannel() throws InterruptedException {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      channel = null;
    }
  }

  // ---- companies and the CRM side ------------------------------------------------------------

  /** A fresh company (a valid enterprise number no other test uses) the CRM knows by {@code name}. */
  protected static String companyKnownToCrm(String name) {
    String number = EnterpriseNumbers.fresh();
    CRM.knows(number, name);
    return number;
  }

  /** The events the fake CRM stored about one record (their source reference). */
  protected static List<JourneyEvent> eventsAbout(String sourceReference) {
    return CRM.events().values().stream()
        .filter(e -> e.getSourceReference().equals(sourceReference)).toList();
  }

  /** Bounded polling for what happens asynchronously (the outbox relay): never fixed sleeps. */
  protected static ConditionFactory eventually() {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
  }

  // ---- REST ------------------------------------------------------------------------------------

  /** REST calls to this service over a real socket. */
  protected RestCalls rest() {
    return new RestCalls(port);
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  // ---- gRPC ------------------------------------------------------------------------------------

  /** A channel to this service's gRPC port over a real socket, closed after the test. */
  protected ManagedChannel channel() {
    if (channel == null) {
      channel = Grpc.newChannelBuilder("127.0.0.1:" + grpcServer.getPort(),
          InsecureChannelCredentials.create()).build();
    }
    return channel;
  }

  /** The stub with a five-second deadline and {@code token} (none when null). */
  protected static <S extends AbstractStub<S>> S withToken(S stub, String token) {
    return GrpcCalls.withToken(stub, token);
  }

  /** Orchestrators probe liveness and readiness (REST) and gRPC health without any token. */
  protected void assertProbesAnswerWithoutToken() {
    assertThat(rest().get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(rest().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    HealthCheckResponse grpcHealth = withToken(HealthGrpc.newBlockingStub(channel()), null)
        .check(HealthCheckRequest.getDefaultInstance());
    assertThat(grpcHealth.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }
}
