package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Whatever a client sends, the answer is a problem+json naming what is wrong, never a 500. */
class BadInputIT extends GuidanceServiceITBase {

  private static List<String> fields(HttpResponse<String> response) {
    JsonNode errors = json(response).path("errors");
    return errors.valueStream().map(e -> e.path("field").asString()).toList();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).path("status").asInt()).isEqualTo(status);
  }

  @Test
  void brokenJsonIs400() {
    HttpResponse<String> response = post(impulseAdvisor(), "{\"enterpriseNumber\": \"0403019261\",");
    assertProblem(response, 400);
    assertThat(json(response).path("detail").asString()).contains("not valid JSON");
  }

  @Test
  void emptyBodyNamesTheRequiredFields() {
    HttpResponse<String> response = post(impulseAdvisor(), "");
    assertProblem(response, 400);
    assertThat(fields(response)).containsExactly("enterpriseNumber", "packageType");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"enterpriseNumber\": {\"$gt\": \"\"}, \"packageType\": \"CREATION\"}|enterpriseNumber",
      "{\"enterpriseNumber\": [\"0403019261\"], \"packageType\": \"CREATION\"}|enterpriseNumber",
      "{\"enterpriseNumber\": \"0403019261\", \"packageType\": {\"$ne\": null}}|packageType",
      "{\"enterpriseNumber\": \"0403019261\", \"packageType\": \"CREATION\", \"note\": {\"x\": 1}}|note",
      "{\"enterpriseNumber\": \"0403019261\", \"packageType\": true}|packageType",
      "{\"enterpriseNumber\": 403019262, \"packageType\": \"CREATION\"}|enterpriseNumber",
      "{\"enterpriseNumber\": \"0403019261\", \"packageType\": \"PLATINUM\"}|packageType",
      "{\"enterpriseNumber\": \"2.123.456.789\", \"packageType\": \"CREATION\"}|enterpriseNumber",
      "{\"enterpriseNumber\": \"0403019261\", \"packageType\": \"CREATION\", \"stage\": \"CLOSED\"}|stage",
      "{\"enterpriseNumber\": \"0403019261\", \"packageType\": \"CREATION\"} trailing|",
      "{\"enterpriseNumber\": \"0403019261\", \"enterpriseNumber\": \"0403019261\", \"packageType\": \"CREATION\"}|",
      "[1, 2]|"})
  void wrongTypesAndValuesAre400NamingTheField(String body, String field) {
    HttpResponse<String> response = post(impulseAdvisor(), body);
    assertProblem(response, 400);
    if (field != null) {
      assertThat(fields(response)).contains(field);
    }
  }

  @Test
  void unknownPackageTypeListsTheAllowedValues() {
    HttpResponse<String> response = post(impulseAdvisor(), openBody("0403019261", "GOLD", null));
    assertProblem(response, 400);
    assertThat(json(response).path("errors").get(0).path("reason").asString())
        .contains("UNIVERSAL", "CREATION", "HIGH_POTENTIAL_STARTER", "ATRIUM_OPEN", "GROWTH",
            "RESTART", "TRANSFER", "TRANSITION");
  }

  @Test
  void allViolationsAreReportedAtOnceAndNothingIsStored() {
    HttpResponse<String> response =
        post(impulseAdvisor(), openBody("0403.019.262", "GOLD", "n".repeat(2001)));
    assertProblem(response, 400);
    assertThat(fields(response)).containsExactly("enterpriseNumber", "packageType", "note");
    assertThat(storedFilesOf("0403019262")).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "size=0|size", "size=201|size", "size=-5|size", "size=ten|size", "page=-1|page",
      "page=99999999999|page", "page=1.5|page", "enterpriseNumber=0403019262|enterpriseNumber",
      "enterpriseNumber=%7B%22%24gt%22%3A%22%22%7D|enterpriseNumber"})
  void outOfRangeOrMalformedQueryIs400NamingTheParameter(String query, String field) {
    HttpResponse<String> response = get(impulseAdvisor(), "/guidance-files?" + query);
    assertProblem(response, 400);
    assertThat(fields(response)).containsExactly(field);
  }

  @Test
  void wrongContentTypeIs415() {
    HttpResponse<String> response = rest().send(rest().request("/guidance-files", impulseAdvisor())
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(openBody("0403019261", "CREATION", null))));
    assertProblem(response, 415);
  }

  @Test
  void bodyOver256KilobytesIs413WithOrWithoutContentLength() {
    String huge = openBody("0403019261", "CREATION", "n".repeat(300 * 1024));

    HttpResponse<String> declared = post(impulseAdvisor(), huge);
    assertProblem(declared, 413);

    byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = rest().send(rest().request("/guidance-files", impulseAdvisor())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    assertProblem(chunked, 413);
  }
}
