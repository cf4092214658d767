package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.grpc.BearerCredentials;
import be.brussels.poles.testsupport.EmbeddedMongo;
import be.brussels.poles.testsupport.FakeCrm;
import be.brussels.poles.testsupport.TestIdentityProvider;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
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
 * Starts the whole service once for every integration test class (same properties, so Spring
 * caches one context): real HTTP and gRPC sockets, the real MongoDB driver against an embedded
 * wire-compatible server, signed tokens from a stand-in identity provider and a fake CRM that
 * tests stop and restart. Each test uses fresh enterprise numbers, so tests never see each
 * other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.grpc.server.port=0",
    "poles.outbox.poll-interval=100ms",
    "poles.outbox.initial-backoff=50ms",
    "poles.outbox.max-backoff=200ms",
    "poles.outbox.lease=5s",
    "resilience4j.circuitbreaker.instances.crm.wait-duration-in-open-state=200ms",
    "logging.structured.format.console="})
abstract class GuidanceServiceITBase {

  static final EmbeddedMongo MONGO = EmbeddedMongo.start();
  static final TestIdentityProvider IDP =
      TestIdentityProvider.start().grantAudiences("guidance-service", "crm-service");
  static final FakeCrm CRM = FakeCrm.onFreePort().start();
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final String[] USER_AUDIENCES =
      {"poles-gateway", "crm-service", "guidance-service", "financing-service", "housing-service"};

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("guidance"));
    registry.add("poles.security.issuer-uri", IDP::issuer);
    registry.add("poles.security.jwks-uri", IDP::jwksUri);
    registry.add("poles.security.token-uri", IDP::tokenUri);
    registry.add("poles.crm.grpc-target", CRM::target);
  }

  @LocalServerPort
  int httpPort;
  @Autowired
  GrpcServerLifecycle grpcServer;
  @Autowired
  MongoDatabase database;
  @Autowired
  CircuitBreakerRegistry breakers;

  ManagedChannel grpcChannel;

  /** Every test starts with an answering CRM and a closed breaker, whatever the last one did. */
  @BeforeEach
  void healthyCrm() {
    CRM.failAppendsWith(null);
    CRM.start();
    breakers.circuitBreaker("crm").reset();
  }

  @AfterEach
  void closeGrpcChannel() throws InterruptedException {
    if (grpcChannel != null) {
      grpcChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      grpcChannel = null;
    }
  }

  // --- tokens ---------------------------------------------------------------------------------

  /** A valid token of a staff member of {@code group} with {@code roles}, as the realm issues it. */
  static String user(String username, String group, String... roles) {
    return IDP.user(username, group, roles).audience(USER_AUDIENCES).sign();
  }

  static String impulseAdvisor() {
    return user("marc.advisor", "/hub/impulse", "advisor");
  }

  /** The {@code azp} claim of a token ("who obtained it"), read without checking it. */
  static String authorizedParty(String bearerHeader) {
    String token = bearerHeader.substring("Bearer ".length());
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
        StandardCharsets.UTF_8);
    return JSON.readTree(payload).path("azp").asString();
  }

  // --- REST -----------------------------------------------------------------------------------

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + httpPort + pathAndQuery);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(String token, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/guidance-files"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  HttpResponse<String> get(String token, String pathAndQuery) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  /** A JSON body for {@code POST /guidance-files}; a null note is left out. */
  static String openBody(String enterpriseNumber, String packageType, String note) {
    var body = JSON.createObjectNode().put("enterpriseNumber", enterpriseNumber)
        .put("packageType", packageType);
    if (note != null) {
      body.put("note", note);
    }
    return body.toString();
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** A fresh company the fake CRM knows. */
  static String knownCompany(String name) {
    String number = EnterpriseNumbers.random();
    CRM.knows(number, name);
    return number;
  }

  // --- database and gRPC ----------------------------------------------------------------------

  MongoCollection<Document> files() {
    return database.getCollection(GuidanceFileRepository.COLLECTION);
  }

  Document storedFile(String fileId) {
    return files().find(new Document("_id", fileId)).first();
  }

  long storedFilesOf(String enterpriseNumber) {
    return files().countDocuments(new Document("enterpriseNumber", enterpriseNumber));
  }

  ManagedChannel grpc() {
    if (grpcChannel == null) {
      grpcChannel = Grpc.newChannelBuilder("127.0.0.1:" + grpcServer.getPort(),
          InsecureChannelCredentials.create()).build();
    }
    return grpcChannel;
  }

  static BearerCredentials bearer(String token) {
    return new BearerCredentials(() -> token);
  }
}
