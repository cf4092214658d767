package be.brussels.poles.crm.kbo;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** KBO imports through REST, as an administrator runs them, against the shipped sample. */
class KboImportIT extends CrmIntegrationTest {

  private String admin() {
    return TOKENS.staff("/hub/impulse", "admin");
  }

  private JsonNode runToEnd(String body) throws InterruptedException {
    Response started = http.postJson("/kbo-imports", admin(), body);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String id = started.json().path("importId").asString();
    assertThat(started.header("Location")).endsWith("/kbo-imports/" + id);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      JsonNode job = http.get("/kbo-imports/" + id, TOKENS.staff("/hub/impulse", "manager")).json();
      if (!job.path("finishedAt").isNull() && !job.path("finishedAt").isMissingNode()) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("import " + id + " did not finish");
  }

  @Test
  void theSampleImportsAsABackgroundJobAndItsCompaniesCarryTheirKboProvenance()
      throws InterruptedException {
    JsonNode job = runToEnd("{\"source\":\"sample\"}");

    assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.path("enterprisesTotal").asLong()).isEqualTo(300);
    assertThat(job.path("enterprisesDone").asLong()).isEqualTo(300);
    assertThat(job.path("created").asLong() + job.path("updated").asLong()
        + job.path("unchanged").asLong()).isEqualTo(300);
    assertThat(job.path("malformedRows").asLong()).isZero();

    JsonNode company = http.get("/companies/0800.000.075", TOKENS.financeAnalyst()).json();
    assertThat(company.path("name").asString()).isEqualTo("Cabinet Dansaert");
    assertThat(company.path("kbo").path("commune").asString()).isEqualTo("WATERMAEL_BOITSFORT");
    assertThat(company.path("kbo").path("juridicalFormLabel").path("nl").asString())
        .isEqualTo("Besloten vennootschap");
    assertThat(company.path("kbo").path("source").path("fileName").asString()).isEqualTo("sample");
    assertThat(company.path("kbo").path("startDate").asString()).isEqualTo("2010-06-05");

    JsonNode found = http.get("/companies?q=cabinet%20dansaert&commune=1170",
        TOKENS.financeAnalyst()).json();
    assertThat(found.path("items").findValuesAsString("enterpriseNumber")).contains("0800000075");
  }

  @Test
  void aDryRunReportsMalformedRowsWithLineAndReasonAndWritesNothing()
      throws InterruptedException {
    JsonNode job = runToEnd("{\"source\":\"broken-full\",\"mode\":\"FULL\",\"dryRun\":true}");

    assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.path("created").asLong()).isEqualTo(1);
    assertThat(job.path("malformedRows").asLong()).isEqualTo(5);
    assertThat(job.path("errors").findValuesAsString("file")).contains("enterprise.csv",
        "denomination.csv");
    assertThat(job.path("errors").findValues("line").stream().map(JsonNode::asInt))
        .contains(3, 4, 5, 6);
    assertThat(job.path("errors").toString()).contains("mod-97", "dd-mm-yyyy", "quote",
        "must be 0, 1, 2, 3 or 4");
    assertThat(http.get("/companies/0800.500.121", admin()).status()).isEqualTo(404);
  }

  @Test
  void anUpdateThatReportsABankruptcyFlagsTheCompanyAndAddsAJourneyEvent()
      throws InterruptedException {
    JsonNode created = runToEnd("{\"source\":\"new-enterprise\",\"mode\":\"UPDATE\"}");
    assertThat(created.path("created").asLong()).isEqualTo(1);
    JsonNode before = http.get("/companies/0800500022", TOKENS.impulseAdvisor()).json();
    assertThat(before.path("kbo").path("establishments").path(0).path("address")
        .path("municipalityFr").asString()).isEqualTo("Ixelles");
    assertThat(before.path("lifeCycleStage").asString()).isEqualTo("GROWTH");

    JsonNode update = runToEnd("{\"source\":\"bankrupt\",\"mode\":\"update\"}");

    assertThat(update.path("statusChanges").asLong()).isEqualTo(1);
    JsonNode after = http.get("/companies/0800500022", TOKENS.impulseAdvisor()).json();
    assertThat(after.path("lifeCycleStage").asString()).isEqualTo("CEASED");
    assertThat(after.path("profile").path("flags").toString()).contains("KBO_STATUS_ALERT");
    assertThat(after.path("kbo").path("names").size()).isEqualTo(2);
    assertThat(after.path("version").asLong()).isGreaterThan(before.path("version").asLong());
    JsonNode journey = http.get("/companies/0800500022/journey", TOKENS.financeAnalyst()).json();
    assertThat(journey.path("items").findValuesAsString("type"))
        .containsExactly("crm.kbo.status_changed");
    assertThat(journey.path("items").path(0).path("redacted").asBoolean()).isFalse();
  }

  @Test
  void onlyAdministratorsStartImportsAndOnlyFileNamesOfTheDropFolderAreAccepted() {
    assertThat(http.postJson("/kbo-imports", TOKENS.impulseAdvisor(), "{\"source\":\"sample\"}")
        .status()).isEqualTo(403);
    assertThat(http.get("/kbo-imports", TOKENS.impulseAdvisor()).status()).isEqualTo(403);
    assertThat(http.postJson("/kbo-imports", null, "{\"source\":\"sample\"}").status())
        .isEqualTo(401);

    Response traversal = http.postJson("/kbo-imports", admin(), "{\"source\":\"../../etc\"}");
    assertThat(traversal.status()).isEqualTo(400);
    assertThat(traversal.problemField()).isEqualTo("source");
    Response mode = http.postJson("/kbo-imports", admin(),
        "{\"source\":\"sample\",\"mode\":\"PARTIAL\"}");
    assertThat(mode.status()).isEqualTo(400);
    assertThat(mode.problemField()).isEqualTo("mode");
    assertThat(http.get("/kbo-imports/unknown", admin()).status()).isEqualTo(404);
    assertThat(http.get("/kbo-imports?size=0", admin()).status()).isEqualTo(400);
  }
}
