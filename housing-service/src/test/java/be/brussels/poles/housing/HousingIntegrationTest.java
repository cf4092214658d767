package be.brussels.poles.housing;

import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.request.LocationRequestRepository;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The running housing service on random ports with an embedded MongoDB-wire server, a stand-in
 * identity provider and a fake CRM, shared by every integration test class (same properties, one
 * Spring context). Each test works on its own fresh companies.
 */
@SpringBootTest(classes = HousingServiceApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.grpc.server.port=0",
        "poles.outbox.poll-interval=100ms",
        "poles.outbox.initial-backoff=50ms",
        "poles.outbox.max-backoff=400ms",
        "poles.crm.resolve-deadline=1s",
        // tests take the CRM down on purpose; the breaker must not keep it "down" for 10 s after
        "resilience4j.circuitbreaker.instances.crm.wait-duration-in-open-state=200ms"})
public abstract class HousingIntegrationTest {

  protected static final EmbeddedMongo MONGO = EmbeddedMongo.start();
  protected static final TestIdentityProvider IDP =
      TestIdentityProvider.start().grantAudiences("housing-service", "crm-service");
  protected static final FakeCrm CRM = FakeCrm.onFreePort().start();
  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void wiring(DynamicPropertyRegistry registry) {
    registry.add("poles.security.issuer-uri", IDP::issuer);
    registry.add("poles.security.jwks-uri", IDP::jwksUri);
    registry.add("poles.security.token-uri", IDP::tokenUri);
    registry.add("spring.mongodb.uri", () -> MONGO.uri("housing"));
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

  @AfterEach
  void closeChannel() throws InterruptedException {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      channel = null;
    }
  }

  /** A fresh company the CRM knows by {@code name}. */
  protected static String companyKnownToCrm(String name) {
    String number = EnterpriseNumbers.fresh();
    CRM.knows(number, name);
    return number;
  }

  /** A staff token for this service, as the gateway relays it. */
  protected static String staff(String username, String group, String... roles) {
    return IDP.user(username, group, roles).audience("housing-service", "crm-service").sign();
  }

  /** A citydev officer allowed to record. */
  protected static String officer() {
    return staff("olivia.officer", "/citydev", "advisor");
  }

  /** Today in Brussels, as the service sees it. */
  protected static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Brussels"));
  }

  protected RestCalls rest() {
    return new RestCalls(port);
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** A valid body: an office of 80-120 m² in Ixelles and Saint-Gilles from next month. */
  protected static String officeBody(String enterpriseNumber, String budget) {
    return "{\"enterpriseNumber\": \"" + enterpriseNumber + "\", \"unitType\": \"OFFICE\","
        + " \"surfaceMin\": 80, \"surfaceMax\": 120,"
        + (budget == null ? "" : " \"maxMonthlyBudget\": {\"currency\": \"EUR\", \"value\": \""
            + budget + "\"},")
        + " \"communes\": [\"IXELLES\", \"Sint-Gillis\"],"
        + " \"wantedFrom\": \"" + today().plusMonths(1) + "\"}";
  }

  /** Records an office request (budget EUR 2,500.00) and returns its id. */
  protected String recordOffice(String enterpriseNumber) {
    HttpResponse<String> response =
        rest().post("/location-requests", officer(), officeBody(enterpriseNumber, "2500.00"));
    if (response.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
    }
    return json(response).get("requestId").asString();
  }

  /** The events the fake CRM stored for one record. */
  protected static List<JourneyEvent> eventsAbout(String sourceReference) {
    return CRM.events().values().stream()
        .filter(e -> e.getSourceReference().equals(sourceReference)).toList();
  }

  protected MongoCollection<Document> requests() {
    return database.getCollection(LocationRequestRepository.COLLECTION);
  }

  protected Document stored(String requestId) {
    return requests().find(Filters.eq("_id", requestId)).first();
  }

  /** Waits until no document has anything left to deliver. */
  protected void awaitOutboxDrained() {
    eventually().until(() -> requests().countDocuments(Filters.exists(Outbox.DUE_AT)) == 0);
  }

  protected static ConditionFactory eventually() {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
  }

  /** A channel to this service's gRPC port over a real socket, closed after the test. */
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
}
