package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.JourneyEvent;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The packages' own workflows over REST: growth (promotion with history, nomination, expert
 * evaluation, CRM requests), restart (COM referral, the no-debt rule), transfer (matches).
 */
class GrowthRestartTransferIT extends GuidanceServiceITBase {

  private JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return json(response);
  }

  private static String path(JsonNode file, String rest) {
    return "/guidance-files/" + file.path("fileId").asString() + rest;
  }

  private static long v(JsonNode file) {
    return file.path("version").asLong();
  }

  @Test
  void aCreationFileIsPromotedToGrowthWithItsHistoryAndGoesThroughTheSelection() {
    JsonNode file = openFile(impulseAdvisor(), companyKnownToCrm("Scale SA"), "CREATION");
    file = ok(send("PUT", impulseAdvisor(), path(file, "/admission"),
        "{\"conditionsMet\":[\"BRUSSELS_ESTABLISHMENT\",\"PROJECT_ASSESSED\"],\"version\":" + v(file) + "}"));
    file = ok(post(impulseAdvisor(), path(file, "/stage"), "{\"stage\":\"COACHING\",\"version\":" + v(file) + "}"));
    file = ok(post(impulseAdvisor(), path(file, "/sessions"),
        "{\"kind\":\"INDIVIDUAL_COACHING\",\"summary\":\"growth plan drafted\",\"version\":" + v(file) + "}"));
    String fileId = file.path("fileId").asString();

    HttpResponse<String> missing = post(impulseAdvisor(), path(file, "/promotion"),
        "{\"conditionsMet\":[\"BRUSSELS_ESTABLISHMENT\"],\"version\":" + v(file) + "}");
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(missing.body()).contains("GROWTH_SCENARIO");

    file = ok(post(impulseAdvisor(), path(file, "/promotion"),
        "{\"conditionsMet\":[\"BRUSSELS_ESTABLISHMENT\",\"GROWTH_SCENARIO\"],\"version\":" + v(file) + "}"));
    assertThat(file.path("fileId").asString()).isEqualTo(fileId);
    assertThat(file.path("packageType").asString()).isEqualTo("GROWTH");
    assertThat(file.path("promotedFrom").asString()).isEqualTo("CREATION");
    assertThat(file.path("stage").asString()).isEqualTo("CANDIDATE");
    assertThat(file.path("stageHistory").size()).isEqualTo(3);
    assertThat(file.path("sessions").size()).isEqualTo(1);
    assertThat(file.path("formerChecklist").size()).isEqualTo(15);
    assertThat(file.path("checklist").size()).isEqualTo(7);
    assertThat(file.path("crmRequests").toString()).contains("MULTIDISCIPLINARY_TEAM",
        "ACTIRIS_KEY_ACCOUNT", "AWAITING_CRM_API");

    file = ok(post(impulseAdvisor(), path(file, "/growth/nomination"),
        "{\"source\":\"CLUSTER\",\"nominator\":\"software.brussels\",\"version\":" + v(file) + "}"));
    assertThat(file.path("stage").asString()).isEqualTo("NOMINATED");
    assertThat(file.path("nomination").path("nominator").asString()).isEqualTo("software.brussels");
    HttpResponse<String> tooEarly = post(impulseAdvisor(), path(file, "/stage"),
        "{\"stage\":\"SCREENING\",\"version\":" + v(file) + "}");
    assertThat(tooEarly.statusCode()).isEqualTo(422);
    file = ok(post(impulseAdvisor(), path(file, "/growth/evaluation"), "{\"expert\":\"Growth Expert\","
        + "\"verdict\":\"FAVOURABLE\",\"summary\":\"strong export potential\",\"version\":" + v(file) + "}"));
    assertThat(file.path("expertEvaluation").path("summary").asString()).isEqualTo("strong export potential");
    file = ok(post(impulseAdvisor(), path(file, "/stage"), "{\"stage\":\"SCREENING\",\"version\":" + v(file) + "}"));
    assertThat(file.path("stage").asString()).isEqualTo("SCREENING");
    // another agency of the pole sees the verdict, not the findings
    JsonNode other = json(get(user("lea", "/hub/1819", "intake"), path(file, "")));
    assertThat(other.path("expertEvaluation").path("verdict").asString()).isEqualTo("FAVOURABLE");
    assertThat(other.path("expertEvaluation").path("summary").isNull()).isTrue();

    eventually().until(() -> eventsAbout(fileId).stream()
        .anyMatch(e -> e.getType().equals("guidance.file.promoted")));
    JourneyEvent promoted = eventsAbout(fileId).stream()
        .filter(e -> e.getType().equals("guidance.file.promoted")).findFirst().orElseThrow();
    assertThat(promoted.getHeadline()).contains("creation package", "growth package",
        "multidisciplinary team", "key account");
  }

  @Test
  void aRestartFileShowsTheNoDebtRuleAndTracksItsComReferral() {
    String company = companyKnownToCrm("Restart Brasserie");
    JsonNode file = openFile(impulseAdvisor(), company, "RESTART");
    assertThat(file.path("financingConditions").toString())
        .contains("RESTART_LOAN_NEVER_REPAYS_DEBT", "a restart loan never repays debt");

    file = ok(post(impulseAdvisor(), path(file, "/com-referral"),
        "{\"reason\":\"bailiff letters, tax debt\",\"version\":" + v(file) + "}"));
    assertThat(file.path("comReferral").path("status").asString()).isEqualTo("SENT");
    assertThat(post(impulseAdvisor(), path(file, "/com-referral"),
        "{\"reason\":\"again\",\"version\":" + v(file) + "}").statusCode()).isEqualTo(422);
    file = ok(send("PATCH", impulseAdvisor(), path(file, "/com-referral"),
        "{\"status\":\"ACCEPTED\",\"outcome\":\"plan with creditors\",\"version\":" + v(file) + "}"));
    assertThat(file.path("comReferral").path("outcome").asString()).isEqualTo("plan with creditors");
    assertThat(json(get(user("lea", "/hub/1819", "intake"), path(file, ""))).path("comReferral")
        .path("reason").isNull()).isTrue();

    String fileId = file.path("fileId").asString();
    eventually().until(() -> eventsAbout(fileId).stream()
        .anyMatch(e -> e.getType().equals("guidance.com_referral.sent")));
    JourneyEvent referral = eventsAbout(fileId).stream()
        .filter(e -> e.getType().equals("guidance.com_referral.sent")).findFirst().orElseThrow();
    assertThat(referral.getHeadline()).doesNotContain("tax");
    assertThat(referral.getDetail()).contains("tax debt");
  }

  @Test
  void aTransferFileMatchesBuyers() {
    JsonNode file = openFile(impulseAdvisor(), companyKnownToCrm("Old Printer SPRL"), "TRANSFER");
    String buyer = companyKnownToCrm("Young Printer SRL");
    file = ok(post(impulseAdvisor(), path(file, "/matches"), "{\"counterpartRole\":\"BUYER\","
        + "\"counterpartName\":\"Young Printer SRL\",\"counterpartEnterpriseNumber\":\"" + buyer
        + "\",\"version\":" + v(file) + "}"));
    String matchId = file.path("matches").get(0).path("matchId").asString();
    assertThat(file.path("matches").get(0).path("counterpartEnterpriseNumber").asString())
        .as(file.path("matches").toString()).isEqualTo(buyer);
    file = ok(send("PATCH", impulseAdvisor(), path(file, "/matches/" + matchId),
        "{\"status\":\"IN_TALKS\",\"version\":" + v(file) + "}"));
    assertThat(file.path("matches").get(0).path("status").asString()).isEqualTo("IN_TALKS");

    JsonNode creation = openFile(impulseAdvisor(), companyKnownToCrm("Not Transferring"), "CREATION");
    assertThat(post(impulseAdvisor(), path(creation, "/matches"), "{\"counterpartRole\":\"BUYER\","
        + "\"counterpartName\":\"X\",\"version\":1}").statusCode()).isEqualTo(422);
  }
}
