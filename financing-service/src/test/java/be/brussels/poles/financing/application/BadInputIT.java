package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.financing.FinancingIntegrationTest;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Whatever a client sends, the answer is a 4xx that names the field, never a 500. */
class BadInputIT extends FinancingIntegrationTest {

  private String number;

  @BeforeEach
  void company() {
    number = companyKnownToCrm("Bad Input Inc.");
  }

  @Test
  void brokenOrMissingJsonIsA400() {
    for (String body : new String[] {"{\"enterpriseNumber\": \"04", "", "null", "[]", "42",
        "{\"enterpriseNumber\": \"0403019261\",}"}) {
      HttpResponse<String> response = post("/applications", analyst(), body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).as(body)
          .hasValue("application/problem+json");
    }
  }

  @Test
  void operatorObjectsAndOtherWrongTypesAreRefusedNamingTheField() {
    assertFieldRefused("{\"enterpriseNumber\": {\"$gt\": \"\"}}", "enterpriseNumber");
    assertFieldRefused(body("\"" + number + "\"", "{\"$ne\": null}", amount("\"1000\""), "\"x\""),
        "instrument");
    assertFieldRefused(body("\"" + number + "\"", "\"START_LOAN\"", "\"25000\"", "\"x\""),
        "amount");
    assertFieldRefused(body("\"" + number + "\"", "\"START_LOAN\"", amount("{\"$gt\": 0}"), "\"x\""),
        "amount.value");
    assertFieldRefused(body("\"" + number + "\"", "\"START_LOAN\"", amount("true"), "\"x\""),
        "amount.value");
    assertFieldRefused(body("\"" + number + "\"", "\"START_LOAN\"", amount("[1]"), "\"x\""),
        "amount.value");
    assertFieldRefused(body("\"" + number + "\"", "\"START_LOAN\"", amount("\"1000\""), "[\"x\"]"),
        "purpose");
    assertThat(applications().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void unknownInstrumentListsTheAllowedOnes() {
    JsonNode problem = refused(body("\"" + number + "\"", "\"MORTGAGE\"", amount("\"1000\""),
        "\"x\""));
    assertThat(violations(problem)).containsExactly("instrument: must be one of START_LOAN, "
        + "SUBORDINATED_LOAN, EQUITY, BANK_COFINANCING, MICROCREDIT, HONOUR_LOAN, PRE_SEED, "
        + "CO_INVESTMENT, EXPORT_FINANCE, RESTART_LOAN, GUARANTEE");
  }

  @Test
  void outOfRangeAmountsAndPurposesAreRefused() {
    assertViolation(amount("\"0\""), "\"x\"", "amount.value: must be more than 0");
    assertViolation(amount("-5"), "\"x\"", "amount.value: must be more than 0");
    assertViolation(amount("\"10000000.01\""), "\"x\"", "amount.value: must be at most 10000000.00");
    assertViolation(amount("1E+9999"), "\"x\"", "amount.value: is too large");
    assertViolation(amount("1E+999999999"), "\"x\"",
        "amount.value: must be a decimal number with at most 2 decimals, such as \"25000.00\"");
    assertViolation(amount("\"12.345\""), "\"x\"", "amount.value: must have at most 2 decimals");
    assertViolation(amount("25000.5e-3"), "\"x\"", "amount.value: must have at most 2 decimals");
    assertViolation("{\"currency\": \"USD\", \"value\": \"10\"}", "\"x\"",
        "amount.currency: must be one of EUR");
    assertViolation("{\"value\": \"10\"}", "\"x\"", "amount.currency: is required");
    assertViolation(amount("\"1000\""), "\"   \"", "purpose: is required");
    assertViolation(amount("\"1000\""), "\"" + "x".repeat(501) + "\"",
        "purpose: must be at most 500 characters");
    assertThat(applications().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void theLimitsThemselvesAreAcceptedAndJsonNumbersStayExact() {
    HttpResponse<String> max = post("/applications", analyst(),
        body("\"" + number + "\"", "\"start_loan\"", amount("10000000.00"),
            "\"" + "é".repeat(500) + "\""));
    assertThat(max.statusCode()).as(max.body()).isEqualTo(201);
    assertThat(json(max).get("amount").get("value").asString()).isEqualTo("10000000.00");

    HttpResponse<String> cents = post("/applications", analyst(),
        body("\"" + number + "\"", "\"MICROCREDIT\"", amount("0.1"), "\"coffee\""));
    assertThat(cents.statusCode()).as(cents.body()).isEqualTo(201);
    assertThat(json(cents).get("amount").get("value").asString()).isEqualTo("0.10");
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    JsonNode problem = refused("{\"enterpriseNumber\": \"0403.019.262\", \"instrument\": \"LOAN\","
        + " \"amount\": {\"currency\": \"USD\", \"value\": \"1.001\"}, \"purpose\": \"\"}");
    assertThat(violations(problem)).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactly("enterpriseNumber", "instrument", "amount.currency", "amount.value",
            "purpose");
    assertThat(violations(refused("{}"))).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactly("enterpriseNumber", "instrument", "amount", "purpose");
  }

  @Test
  void wrongContentTypeIs415() {
    HttpResponse<String> response = rest().send(rest().request("/applications", analyst())
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(body("\"" + number + "\"", "\"START_LOAN\"",
            amount("\"1000\""), "\"x\""))));
    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void bodiesOver256KbAreRefusedWith413() {
    String huge = body("\"" + number + "\"", "\"START_LOAN\"", amount("\"1000\""),
        "\"" + "x".repeat(300 * 1024) + "\"");
    HttpResponse<String> declared = post("/applications", analyst(), huge);
    assertThat(declared.statusCode()).isEqualTo(413);

    // without a Content-Length the body is counted while it is read
    HttpResponse<String> chunked = rest().send(rest().request("/applications", analyst())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(applications().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void badListParametersAndIdsNameTheirField() {
    HttpResponse<String> list =
        get("/applications?enterpriseNumber=123&page=-1&size=201", analyst());
    assertThat(list.statusCode()).isEqualTo(400);
    assertThat(violations(json(list))).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactly("enterpriseNumber", "page", "size");
    assertThat(violations(json(get("/applications?size=0", analyst()))))
        .containsExactly("size: must be from 1 to 200");
    assertThat(violations(json(get("/applications?page=abc", analyst()))))
        .containsExactly("page: must be a whole number from 0 to 1000000");

    HttpResponse<String> byId = get("/applications/not-a-uuid", analyst());
    assertThat(byId.statusCode()).isEqualTo(400);
    assertThat(violations(json(byId))).containsExactly("applicationId: must be a UUID");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String amount(String value) {
    return "{\"currency\": \"EUR\", \"value\": " + value + "}";
  }

  private static String body(String enterpriseNumber, String instrument, String amount,
      String purpose) {
    return "{\"enterpriseNumber\": " + enterpriseNumber + ", \"instrument\": " + instrument
        + ", \"amount\": " + amount + ", \"purpose\": " + purpose + "}";
  }

  private JsonNode refused(String body) {
    HttpResponse<String> response = post("/applications", analyst(), body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return json(response);
  }

  private void assertFieldRefused(String body, String field) {
    assertThat(violations(refused(body))).as(body).hasSize(1).first().asString()
        .startsWith(field + ": ");
  }

  private void assertViolation(String amount, String purpose, String violation) {
    assertThat(violations(refused(body("\"" + number + "\"", "\"START_LOAN\"", amount, purpose))))
        .containsExactly(violation);
  }

  /** "field: reason" for each reported violation. */
  private static List<String> violations(JsonNode problem) {
    List<String> violations = new ArrayList<>();
    problem.path("errors").forEach(e ->
        violations.add(e.get("field").asString() + ": " + e.get("reason").asString()));
    return violations;
  }
}
