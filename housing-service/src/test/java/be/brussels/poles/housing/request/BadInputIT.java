package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.housing.HousingIntegrationTest;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Whatever a client sends, the answer is a 4xx that names the field, never a 500. */
class BadInputIT extends HousingIntegrationTest {

  private String number;

  @BeforeEach
  void company() {
    number = companyKnownToCrm("Bad Input SRL");
  }

  /** A valid body as raw JSON parts, so a test can replace any one part with anything. */
  private Map<String, String> valid() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("enterpriseNumber", "\"" + number + "\"");
    parts.put("unitType", "\"WORKSHOP\"");
    parts.put("surfaceMin", "200");
    parts.put("surfaceMax", "400");
    parts.put("maxMonthlyBudget", "{\"currency\": \"EUR\", \"value\": \"4000\"}");
    parts.put("communes", "[\"ANDERLECHT\"]");
    parts.put("wantedFrom", "\"" + today().plusMonths(2) + "\"");
    return parts;
  }

  private String with(String field, String rawJson) {
    Map<String, String> parts = valid();
    parts.put(field, rawJson);
    return json(parts);
  }

  private static String json(Map<String, String> parts) {
    List<String> members = new ArrayList<>();
    parts.forEach((k, v) -> members.add("\"" + k + "\": " + v));
    return "{" + String.join(", ", members) + "}";
  }

  @Test
  void theValidBodyIsAccepted() {
    HttpResponse<String> response = rest().post("/location-requests", officer(), json(valid()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  @Test
  void brokenOrMissingJsonIsA400() {
    for (String body : new String[] {"{\"unitType\": \"OFF", "", "null", "[]", "\"x\""}) {
      HttpResponse<String> response = rest().post("/location-requests", officer(), body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void operatorObjectsAndOtherWrongTypesAreRefusedNamingTheField() {
    assertOnly("{\"enterpriseNumber\": {\"$gt\": \"\"}}", "enterpriseNumber");
    assertOnly(with("unitType", "{\"$ne\": null}"), "unitType");
    assertOnly(with("surfaceMin", "\"eighty\""), "surfaceMin");
    assertOnly(with("surfaceMax", "{\"$gt\": 1}"), "surfaceMax");
    assertOnly(with("surfaceMax", "true"), "surfaceMax");
    assertOnly(with("maxMonthlyBudget", "\"4000\""), "maxMonthlyBudget");
    assertOnly(with("maxMonthlyBudget", "{\"currency\": \"EUR\", \"value\": {\"$gt\": 0}}"),
        "maxMonthlyBudget.value");
    assertOnly(with("communes", "\"IXELLES\""), "communes");
    assertOnly(with("communes", "[{\"$in\": [\"IXELLES\"]}]"), "communes[0]");
    assertOnly(with("wantedFrom", "[\"2026-09-01\"]"), "wantedFrom");
    assertThat(requests().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void unknownEnumValuesListTheAllowedOnes() {
    assertThat(violations(refused(with("unitType", "\"CASTLE\""))))
        .containsExactly("unitType: must be one of OFFICE, WORKSHOP, LAB, DESK, PLOT, STORAGE");
    assertThat(violations(refused(with("communes", "[\"IXELLES\", \"Waterloo\"]"))))
        .singleElement().asString()
        .startsWith("communes[1]: must be one of ANDERLECHT, AUDERGHEM, BERCHEM_SAINTE_AGATHE")
        .endsWith("WOLUWE_SAINT_PIERRE");
  }

  @Test
  void communesByEitherOfficialNameAndEachOnlyOnce() {
    HttpResponse<String> names = rest().post("/location-requests", officer(),
        with("communes", "[\"Sint-Jans-Molenbeek\", \"watermael-boitsfort\", \"Bruxelles\","
            + " \"Schaarbeek\"]"));
    assertThat(names.statusCode()).as(names.body()).isEqualTo(201);
    assertThat(json(names).get("communes").toString()).isEqualTo(
        "[\"MOLENBEEK_SAINT_JEAN\",\"WATERMAEL_BOITSFORT\",\"BRUXELLES\",\"SCHAERBEEK\"]");

    assertThat(violations(refused(with("communes", "[\"IXELLES\", \"Elsene\"]"))))
        .containsExactly("communes[1]: repeats IXELLES");
    assertThat(violations(refused(with("communes", "[null, \" \"]"))))
        .containsExactly("communes[0]: is required", "communes[1]: is required");
  }

  @Test
  void outOfRangeSurfacesBudgetsAndDatesAreRefused() {
    assertViolation("surfaceMin", "0", "surfaceMin: must be from 1 to 100000");
    assertViolation("surfaceMax", "100001", "surfaceMax: must be from 1 to 100000");
    assertViolation("surfaceMax", "1E+999999999", "surfaceMax: must be from 1 to 100000");
    assertViolation("surfaceMin", "80.5", "surfaceMin: must be a whole number of square metres");
    assertViolation("surfaceMin", "500", "surfaceMax: must be at least surfaceMin (500)");
    assertViolation("maxMonthlyBudget", "{\"currency\": \"EUR\", \"value\": 0}",
        "maxMonthlyBudget.value: must be more than 0");
    assertViolation("maxMonthlyBudget", "{\"currency\": \"EUR\", \"value\": \"1000000.01\"}",
        "maxMonthlyBudget.value: must be at most 1000000.00");
    assertViolation("maxMonthlyBudget", "{\"currency\": \"EUR\", \"value\": 12.345}",
        "maxMonthlyBudget.value: must have at most 2 decimals");
    assertViolation("maxMonthlyBudget", "{\"currency\": \"USD\", \"value\": 10}",
        "maxMonthlyBudget.currency: must be one of EUR");
    assertViolation("wantedFrom", "\"" + today().minusDays(2) + "\"",
        "wantedFrom: must be " + today().minusDays(1) + " or later");
    assertViolation("wantedFrom", "\"" + today().plusYears(5).plusDays(1) + "\"",
        "wantedFrom: must be " + today().plusYears(5) + " or earlier");
    assertViolation("wantedFrom", "\"2026-02-30\"", "wantedFrom: must be a date written YYYY-MM-DD");
    assertViolation("wantedFrom", "\"01/09/2026\"", "wantedFrom: must be a date written YYYY-MM-DD");
    assertViolation("wantedFrom", "null", "wantedFrom: is required");
    assertThat(requests().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    Map<String, String> parts = valid();
    parts.put("surfaceMin", "1.0");
    parts.put("surfaceMax", "\"100000\"");
    parts.put("maxMonthlyBudget", "{\"currency\": \"EUR\", \"value\": 1000000.00}");
    parts.put("wantedFrom", "\"" + today().plusYears(5) + "\"");
    parts.put("communes", "[]");
    HttpResponse<String> response = rest().post("/location-requests", officer(), json(parts));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json(response);
    assertThat(body.get("surfaceMin").asInt()).isEqualTo(1);
    assertThat(body.get("surfaceMax").asInt()).isEqualTo(100_000);
    assertThat(body.get("maxMonthlyBudget").get("value").asString()).isEqualTo("1000000.00");

    parts.put("wantedFrom", "\"" + today().minusDays(1) + "\"");
    assertThat(rest().post("/location-requests", officer(), json(parts)).statusCode())
        .isEqualTo(201);
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    String body = "{\"enterpriseNumber\": \"0403.019.262\", \"unitType\": \"CASTLE\","
        + " \"surfaceMin\": 0, \"surfaceMax\": 100001,"
        + " \"maxMonthlyBudget\": {\"currency\": \"GBP\", \"value\": \"1.001\"},"
        + " \"communes\": [\"Atlantis\"], \"wantedFrom\": \"tomorrow\"}";
    assertThat(violations(refused(body))).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactly("enterpriseNumber", "unitType", "surfaceMin", "surfaceMax",
            "maxMonthlyBudget.currency", "maxMonthlyBudget.value", "communes[0]", "wantedFrom");
    assertThat(violations(refused("{}"))).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactly("enterpriseNumber", "unitType", "surfaceMin", "surfaceMax", "wantedFrom");
  }

  @Test
  void wrongContentTypeIs415AndBodiesOver256KbAre413() {
    HttpResponse<String> text = rest().send(rest().request("/location-requests", officer())
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(json(valid()))));
    assertThat(text.statusCode()).isEqualTo(415);

    String huge = with("communes", "[\"" + "A".repeat(300 * 1024) + "\"]");
    assertThat(rest().post("/location-requests", officer(), huge).statusCode()).isEqualTo(413);
    HttpResponse<String> chunked = rest().send(rest().request("/location-requests", officer())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(requests().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void badListParametersAndIdsNameTheirField() {
    HttpResponse<String> list =
        rest().get("/location-requests?enterpriseNumber=abc&page=x&size=0", officer());
    assertThat(list.statusCode()).isEqualTo(400);
    assertThat(violations(json(list))).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactly("enterpriseNumber", "page", "size");
    HttpResponse<String> byId = rest().get("/location-requests/1-1-1-1-1", officer());
    assertThat(byId.statusCode()).isEqualTo(400);
    assertThat(violations(json(byId))).containsExactly("requestId: must be a UUID");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private JsonNode refused(String body) {
    HttpResponse<String> response = rest().post("/location-requests", officer(), body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return json(response);
  }

  private void assertOnly(String body, String field) {
    assertThat(violations(refused(body))).as(body).hasSize(1).first().asString()
        .startsWith(field + ": ");
  }

  private void assertViolation(String field, String rawJson, String violation) {
    assertThat(violations(refused(with(field, rawJson)))).containsExactly(violation);
  }

  /** "field: reason" for each reported violation. */
  private static List<String> violations(JsonNode problem) {
    List<String> violations = new ArrayList<>();
    problem.path("errors").forEach(e ->
        violations.add(e.get("field").asString() + ": " + e.get("reason").asString()));
    return violations;
  }
}
