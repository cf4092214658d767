package be.brussels.poles.financing;

import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.financing.application.FinancingApplicationRepository;
import be.brussels.poles.kit.grpc.BearerCredentials;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.testsupport.EmbeddedMongo;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import be.brussels.poles.testsupport.FakeCrm;
import be.brussels.poles.testsupport.RestCalls;
import be.brussels.poles.testsupport.TestIdentityProvider;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service on random ports, with an embedded MongoDB-wire server, a stand-in identity
 * provider and a fake CRM, shared by every integration test class: same properties, so Spring
 * starts one context for the whole suite. Tests use their own companies (fresh enterprise
 * numbers), so they never see each other's data.
 */
@SpringBootTest(classes = FinancingServiceApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.grpc.server.port=0",
        "poles.outbox.poll-interval=100ms",
        "poles.outbox.initial-backoff=50ms",
        "poles.outbox.max-backoff=400ms",
        "poles.crm.resolve-deadline=1s",
        // tests take the CRM down on purpose; the breaker must not keep it "down" for 10 s after
        "resilience4j.circuitbreaker.instances.crm.wait-duration-in-open-state=200ms"})
public abstract class FinancingIntegrationTest {

  protected static final EmbeddedMongo MONGO = EmbeddedMongo.start();
  protected static final TestIdentityProvider IDP =
      TestIdentityProvider.start().grantAudiences("financing-service", "crm-service");
  protected static final FakeCrm CRM = FakeCrm.onFreePort().start();

  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void wiring(DynamicPropertyRegistry registry) {
    registry.add("poles.security.issuer-uri", IDP::issuer);
    registry.add("poles.security.jwks-uri", IDP::jwksUri);
    registry.add("poles.security.token-uri", IDP::tokenUri);
    registry.add("spring.mongodb.uri", () -> MONGO.uri("financing"));
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
  void healthyCrm() {
    CRM.failAppendsWith(null);
    CRM.start();
    breakers.circuitBreaker("crm").reset();
  }

  // ---- companies -------------------------------------------------------------------------

  /** A fresh, valid enterprise number no other test uses. */
  protected static String freshEnterpriseNumber() {
    return EnterpriseNumbers.fresh();
  }

  /** A fresh company the CRM knows by {@code name}. */
  protected static String companyKnownToCrm(String name) {
    String number = freshEnterpriseNumber();
    CRM.knows(number, name);
    return number;
  }

  // ---- tokens ------------------------------------------------------------------------------

  /** A staff token for this service, as the gateway relays it. */
  protected static String staff(String username, String group, String... roles) {
    return IDP.user(username, group, roles).audience("financing-service", "crm-service").sign();
  }

  protected static String analyst() {
    return staff("ana.analyst", "/finance", "analyst");
  }


  // ---- REST --------------------------------------------------------------------------------

  /** REST calls to this service over a real socket. */
  protected RestCalls rest() {
    return new RestCalls(port);
  }

  protected HttpResponse<String> post(String path, String token, String json) {
    return rest().post(path, token, json);
  }

  protected HttpResponse<String> get(String path, String token) {
    return rest().get(path, token);
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** A valid POST body. */
  protected static String applicationBody(String enterpriseNumber, String instrument,
      String amount, String purpose) {
    return JSON.writeValueAsString(Map.of(
        "enterpriseNumber", enterpriseNumber,
        "instrument", instrument,
        "amount", Map.of("currency", "EUR", "value", amount),
        "purpose", purpose));
  }

  /** Records a start loan of EUR 25,000.00 and returns its id. */
  protected String recordStartLoan(String enterpriseNumber) {
    HttpResponse<String> response = post("/applications", analyst(),
        applicationBody(enterpriseNumber, "START_LOAN", "25000.00", "Working capital"));
    if (response.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
    }
    return json(response).get("applicationId").asString();
  }

  // ---- the CRM side and the outbox ---------------------------------------------------------

  /** The events the fake CRM stored for one record. */
  protected static List<JourneyEvent> eventsAbout(String sourceReference) {
    return CRM.events().values().stream()
        .filter(e -> e.getSourceReference().equals(sourceReference)).toList();
  }

  protected MongoCollection<Document> applications() {
    return database.getCollection(FinancingApplicationRepository.COLLECTION);
  }

  protected Document storedApplication(String applicationId) {
    return applications().find(Filters.eq("_id", applicationId)).first();
  }

  /** Waits until no document has anything left to deliver. */
  protected void awaitOutboxDrained() {
    eventually().until(() -> applications().countDocuments(Filters.exists(Outbox.DUE_AT)) == 0);
  }

  protected static ConditionFactory eventually() {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
  }

  // ---- gRPC --------------------------------------------------------------------------------

  /** A channel to this service's gRPC port over a real socket. */
  protected ManagedChannel channel() {
    if (channel == null) {
      channel = Grpc.newChannelBuilder("127.0.0.1:" + grpcServer.getPort(),
          InsecureChannelCredentials.create()).build();
    }
    return channel;
  }

  protected static BearerCredentials bearer(String token) {
    return new BearerCredentials(() -> token);
  }

  @AfterEach
  void closeChannel() throws InterruptedException {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      channel = null;
    }
  }
}
