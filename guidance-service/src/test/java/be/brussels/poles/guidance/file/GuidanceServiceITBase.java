package be.brussels.poles.guidance.file;

import be.brussels.poles.testsupport.PoleServiceIntegrationTest;
import com.mongodb.client.MongoCollection;
import java.net.http.HttpResponse;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The running guidance service with its stand-ins ({@link PoleServiceIntegrationTest}: real HTTP
 * and gRPC sockets, the real driver against an embedded server, one Spring context for every
 * test class), and what the guidance tests share: staff tokens, file bodies and the stored files.
 * The relay here backs off to at most 200 ms and claims documents for 5 s.
 */
@TestPropertySource(properties = {
    "poles.outbox.max-backoff=200ms",
    "poles.outbox.lease=5s",
    "logging.structured.format.console="})
public abstract class GuidanceServiceITBase extends PoleServiceIntegrationTest {

  protected static final String[] USER_AUDIENCES =
      {"poles-gateway", "crm-service", "guidance-service", "financing-service", "housing-service"};

  @DynamicPropertySource
  static void guidance(DynamicPropertyRegistry registry) {
    wire(registry, "guidance-service", "guidance");
  }

  // --- tokens ---------------------------------------------------------------------------------

  /** A valid token of a staff member of {@code group} with {@code roles}, as the realm issues it. */
  protected static String user(String username, String group, String... roles) {
    return IDP.user(username, group, roles).audience(USER_AUDIENCES).sign();
  }

  protected static String impulseAdvisor() {
    return user("marc.advisor", "/hub/impulse", "advisor");
  }

  // --- REST -----------------------------------------------------------------------------------

  protected HttpResponse<String> post(String token, String json) {
    return rest().post("/guidance-files", token, json);
  }

  protected HttpResponse<String> get(String token, String pathAndQuery) {
    return rest().get(pathAndQuery, token);
  }

  protected HttpResponse<String> post(String token, String path, String json) {
    return rest().post(path, token, json);
  }

  /** PUT or PATCH of {@code json} as application/json. */
  protected HttpResponse<String> send(String method, String token, String path, String json) {
    return rest().send(rest().request(path, token).header("Content-Type", "application/json")
        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)));
  }

  protected static String manager(String group) {
    return user("mia.manager", group, "manager");
  }

  /** Opens a file as {@code token} and answers it (201 checked). */
  protected JsonNode openFile(String token, String company, String packageType) {
    HttpResponse<String> response = post(token, openBody(company, packageType, null));
    org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body())
        .isEqualTo(201);
    return json(response);
  }

  /** A JSON body for {@code POST /guidance-files}; a null note is left out. */
  protected static String openBody(String enterpriseNumber, String packageType, String note) {
    var body = JSON.createObjectNode().put("enterpriseNumber", enterpriseNumber)
        .put("packageType", packageType);
    if (note != null) {
      body.put("note", note);
    }
    return body.toString();
  }

  // --- database -------------------------------------------------------------------------------

  protected MongoCollection<Document> files() {
    return database.getCollection(GuidanceFileRepository.COLLECTION);
  }

  protected Document storedFile(String fileId) {
    return files().find(new Document("_id", fileId)).first();
  }

  protected long storedFilesOf(String enterpriseNumber) {
    return files().countDocuments(new Document("enterpriseNumber", enterpriseNumber));
  }
}
