package be.brussels.poles.financing;

import be.brussels.poles.financing.application.FinancingApplicationRepository;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import be.brussels.poles.testsupport.PoleServiceIntegrationTest;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bson.Document;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running financing service with its stand-ins ({@link PoleServiceIntegrationTest}: one
 * Spring context for the whole suite), and what the financing tests share: staff tokens,
 * application bodies and the stored applications.
 */
public abstract class FinancingIntegrationTest extends PoleServiceIntegrationTest {

  /** The guidance service the "guidance required" rule asks, started once per test JVM. */
  protected static final FakeGuidance GUIDANCE = FakeGuidance.onFreePort().start();

  @DynamicPropertySource
  static void financing(DynamicPropertyRegistry registry) {
    wire(registry, "financing-service", "financing");
    registry.add("poles.guidance.grpc-target", GUIDANCE::target);
    registry.add("resilience4j.circuitbreaker.instances.guidance.wait-duration-in-open-state",
        () -> "200ms");
  }

  /** Every test starts with a guidance service that answers and a closed breaker. */
  @org.junit.jupiter.api.BeforeEach
  protected void healthyGuidance() {
    GUIDANCE.failWith(null);
    breakers.circuitBreaker("guidance").reset();
  }

  /** A fresh, valid enterprise number no other test uses. */
  protected static String freshEnterpriseNumber() {
    return EnterpriseNumbers.fresh();
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

  protected HttpResponse<String> post(String path, String token, String json) {
    return rest().post(path, token, json);
  }

  protected HttpResponse<String> get(String path, String token) {
    return rest().get(path, token);
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

  /** Takes a workflow step that must succeed; returns the new version. */
  protected long advance(String id, String token, String action, long version,
      Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(extra);
    body.put("action", action);
    body.put("version", version);
    HttpResponse<String> r = post("/applications/" + id + "/transitions", token,
        JSON.writeValueAsString(body));
    if (r.statusCode() != 200) {
      throw new AssertionError(action + ": expected 200, got " + r.statusCode() + ": " + r.body());
    }
    return json(r).get("version").asLong();
  }

  /**
   * Takes a recorded start loan (version 1) through analysis (guidance file open), approval by
   * the committee ({@code amount} at 0 % over 12 months, linear), contract and disbursement;
   * returns the version.
   */
  protected long approvedAndDisbursed(String id, String number, String amount) {
    GUIDANCE.hasOpenFile(number);
    long v = advance(id, analyst(), "COMPLETE", 1, Map.of());
    v = advance(id, analyst(), "START_ANALYSIS", v, Map.of());
    v = advance(id, analyst(), "RECORD_ANALYSIS", v, Map.of("riskNotes", "fine"));
    v = advance(id, analyst(), "SUBMIT_TO_COMMITTEE", v, Map.of());
    v = advance(id, staff("jan", "/finance", "committee"), "APPROVE", v, Map.of(
        "amount", Map.of("currency", "EUR", "value", amount),
        "terms", Map.of("durationMonths", 12, "annualRatePercent", "0", "repayment", "LINEAR")));
    v = advance(id, analyst(), "SIGN_CONTRACT", v, Map.of());
    return advance(id, analyst(), "DISBURSE", v, Map.of());
  }

  // ---- the stored applications and their outbox --------------------------------------------

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
}
