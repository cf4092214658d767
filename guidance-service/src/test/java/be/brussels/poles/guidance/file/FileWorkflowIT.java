package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A guidance file worked on over REST as advisers do: admission, stages with their dates and
 * journey events, checklist with accredited operators, sessions and notes at their
 * confidentiality level, follow-ups and the overdue list, optimistic locking.
 */
class FileWorkflowIT extends GuidanceServiceITBase {

  private static final String IMPULSE_COLLEAGUE = user("paul", "/hub/impulse", "advisor");
  private static final String INTAKE_1819 = user("lea", "/hub/1819", "intake");

  private String path(JsonNode file, String rest) {
    return "/guidance-files/" + file.path("fileId").asString() + rest;
  }

  private JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return json(response);
  }

  private static long version(JsonNode file) {
    return file.path("version").asLong();
  }

  @Test
  void aCreationFileIsAdmittedCoachedAndClosedWithEveryStepInTheJourney() {
    String company = companyKnownToCrm("Atelier Marolles");
    JsonNode file = openFile(impulseAdvisor(), company, "CREATION");
    String fileId = file.path("fileId").asString();

    assertThat(file.path("packageLevel").asInt()).isEqualTo(1);
    assertThat(file.path("admission").path("admitted").asBoolean()).isFalse();
    assertThat(file.path("admission").path("fee").path("amount").asString()).isEqualTo("25.00");
    assertThat(file.path("checklist").size()).isEqualTo(15);
    assertThat(file.path("nextStages").toString()).contains("COACHING", "CLOSED");

    // not yet admitted: the file stays open
    HttpResponse<String> refused = post(impulseAdvisor(), path(file, "/stage"),
        "{\"stage\":\"COACHING\",\"version\":" + version(file) + "}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).path("detail").asString() + refused.body()).contains("PROJECT_ASSESSED");

    file = ok(send("PUT", impulseAdvisor(), path(file, "/admission"),
        "{\"conditionsMet\":[\"BRUSSELS_ESTABLISHMENT\",\"project_assessed\"],"
            + "\"priorityGroups\":[\"WOMEN\"],\"version\":" + version(file) + "}"));
    assertThat(file.path("admission").path("admitted").asBoolean()).isTrue();
    assertThat(file.path("admission").path("fee").path("waived").asBoolean()).isTrue();

    file = ok(post(impulseAdvisor(), path(file, "/stage"),
        "{\"stage\":\"COACHING\",\"version\":" + version(file) + "}"));
    assertThat(file.path("stage").asString()).isEqualTo("COACHING");
    assertThat(file.path("daysInStage").asLong()).isZero();
    assertThat(file.path("stageHistory").size()).isEqualTo(2);
    assertThat(file.path("stageHistory").get(0).path("until").isNull()).isFalse();

    file = ok(post(impulseAdvisor(), path(file, "/stage"),
        "{\"stage\":\"CLOSED\",\"reason\":\"moved to Flanders\",\"version\":" + version(file) + "}"));
    assertThat(file.path("stage").asString()).isEqualTo("CLOSED");
    assertThat(file.path("nextFollowUpOn").isNull()).isTrue();

    eventually().until(() -> eventsAbout(fileId).size() == 3);
    List<JourneyEvent> events = eventsAbout(fileId);
    assertThat(events).extracting(JourneyEvent::getType).containsExactlyInAnyOrder(
        "guidance.file.opened", "guidance.file.stage_changed", "guidance.file.closed");
    JourneyEvent closed = events.stream().filter(e -> e.getType().equals("guidance.file.closed"))
        .findFirst().orElseThrow();
    assertThat(closed.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(closed.getDetail()).isEqualTo("moved to Flanders");
    assertThat(closed.getHeadline()).isEqualTo("Guidance file closed: creation package");
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    JsonNode file = openFile(impulseAdvisor(), companyKnownToCrm("Stale SA"), "UNIVERSAL");
    ok(post(impulseAdvisor(), path(file, "/notes"),
        "{\"text\":\"first\",\"version\":" + version(file) + "}"));

    HttpResponse<String> stale = post(IMPULSE_COLLEAGUE, path(file, "/notes"),
        "{\"text\":\"second\",\"version\":" + version(file) + "}");

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type")).get().asString()
        .contains("problem+json");
    JsonNode now = json(get(impulseAdvisor(), path(file, "")));
    assertThat(now.path("notes").size()).isEqualTo(1);
    assertThat(now.path("version").asLong()).isEqualTo(version(file) + 1);

    HttpResponse<String> missing = post(impulseAdvisor(), path(file, "/notes"), "{\"text\":\"x\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("version");
  }

  @Test
  void sessionsAndNotesAreReadAtTheirConfidentialityLevel() {
    JsonNode file = openFile(impulseAdvisor(), companyKnownToCrm("Secret SRL"), "CREATION");
    file = ok(post(impulseAdvisor(), path(file, "/sessions"), "{\"kind\":\"INDIVIDUAL_COACHING\","
        + "\"summary\":\"pole-wide summary\",\"confidentiality\":\"POLE\",\"version\":" + version(file) + "}"));
    file = ok(post(impulseAdvisor(), path(file, "/sessions"), "{\"kind\":\"MENTORING\","
        + "\"summary\":\"agency summary\",\"version\":" + version(file) + "}"));
    file = ok(post(impulseAdvisor(), path(file, "/notes"),
        "{\"text\":\"my own reminder\",\"confidentiality\":\"AUTHOR\",\"version\":" + version(file) + "}"));
    file = ok(post(impulseAdvisor(), path(file, "/notes"),
        "{\"text\":\"agency note\",\"confidentiality\":\"AGENCY\",\"version\":" + version(file) + "}"));

    JsonNode author = json(get(impulseAdvisor(), path(file, "")));
    assertThat(author.path("sessions").size()).isEqualTo(2);
    assertThat(author.path("notes").size()).isEqualTo(2);
    assertThat(author.path("sessions").get(0).path("heldOn").asString())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Brussels")).toString());

    JsonNode colleague = json(get(IMPULSE_COLLEAGUE, path(file, "")));
    assertThat(colleague.path("notes").toString()).contains("agency note").doesNotContain("reminder");
    assertThat(colleague.path("withheldNotes").asInt()).isEqualTo(1);
    assertThat(colleague.path("sessions").size()).isEqualTo(2);

    JsonNode otherAgency = json(get(INTAKE_1819, path(file, "")));
    assertThat(otherAgency.path("sessions").toString()).contains("pole-wide summary")
        .doesNotContain("agency summary");
    assertThat(otherAgency.path("withheldSessions").asInt()).isEqualTo(1);
    assertThat(otherAgency.path("notes").size()).isZero();
    assertThat(otherAgency.path("mayChange").asBoolean()).isFalse();

    // another agency of the pole reads, but does not change, the file
    assertThat(post(INTAKE_1819, path(file, "/notes"),
        "{\"text\":\"x\",\"version\":" + version(file) + "}").statusCode()).isEqualTo(403);
    // other poles see nothing of it here
    assertThat(get(user("fatima", "/finance", "analyst"), path(file, "")).statusCode()).isEqualTo(403);
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    JsonNode file = openFile(impulseAdvisor(), companyKnownToCrm("Bad Input SA"), "CREATION");
    HttpResponse<String> stage = post(impulseAdvisor(), path(file, "/stage"),
        "{\"stage\":\"FLYING\",\"version\":1}");
    assertThat(stage.statusCode()).isEqualTo(400);
    assertThat(stage.body()).contains("stage").contains("COACHING");
    HttpResponse<String> session = post(impulseAdvisor(), path(file, "/sessions"),
        "{\"kind\":\"MENTORING\",\"summary\":\"x\",\"heldOn\":\"25/11/2026\",\"version\":1}");
    assertThat(session.statusCode()).isEqualTo(400);
    assertThat(session.body()).contains("heldOn");
    HttpResponse<String> groups = send("PUT", impulseAdvisor(), path(file, "/admission"),
        "{\"priorityGroups\":[\"ASTRONAUTS\"],\"version\":1}");
    assertThat(groups.statusCode()).isEqualTo(400);
    assertThat(groups.body()).contains("priorityGroups[0]");
    assertThat(post(impulseAdvisor(), "/guidance-files/6f1c2a0e-8b7d-4c1e-9a55-0d1b2c3d4e5f/notes",
        "{\"text\":\"x\",\"version\":1}").statusCode()).isEqualTo(404);
  }

  @Test
  void coFinancedElementsGoToAccreditedOperatorsOnly() {
    String manager = manager("/hub/impulse");
    JsonNode accredited = ok(post(manager, "/operators",
        "{\"name\":\"Coaching Partner asbl\",\"kind\":\"PRIVATE_PARTNER\","
            + "\"specialities\":[\"business plan\"]}"));
    String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
    accredited = ok(post(manager, "/operators/" + accredited.path("operatorId").asString()
        + "/accreditation", "{\"charterSignedOn\":\"2025-01-10\",\"accreditedFrom\":\"2025-02-01\","
        + "\"accreditedUntil\":\"2099-01-31\",\"version\":1}"));
    assertThat(accredited.path("accreditedToday").asBoolean()).isTrue();
    JsonNode applicant = ok(post(manager, "/operators",
        "{\"name\":\"Unlisted Consulting\",\"kind\":\"CONSULTANT\"}"));
    assertThat(applicant.path("state").asString()).isEqualTo("APPLIED");

    JsonNode file = openFile(impulseAdvisor(), companyKnownToCrm("Coached SA"), "CREATION");
    HttpResponse<String> refused = send("PATCH", impulseAdvisor(),
        path(file, "/checklist/BUSINESS_PLAN_COACHING"), "{\"state\":\"IN_PROGRESS\",\"operatorId\":\""
            + applicant.path("operatorId").asString() + "\",\"version\":" + version(file) + "}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("not accredited");

    file = ok(send("PATCH", impulseAdvisor(), path(file, "/checklist/BUSINESS_PLAN_COACHING"),
        "{\"state\":\"IN_PROGRESS\",\"operatorId\":\"" + accredited.path("operatorId").asString()
            + "\",\"version\":" + version(file) + "}"));
    JsonNode item = find(file.path("checklist"), "BUSINESS_PLAN_COACHING");
    assertThat(item.path("state").asString()).isEqualTo("IN_PROGRESS");
    assertThat(item.path("operatorName").asString()).isEqualTo("Coaching Partner asbl");
    assertThat(item.path("coFinanced").asBoolean()).isTrue();

    // a suspended operator is no longer accredited
    ok(post(manager, "/operators/" + accredited.path("operatorId").asString() + "/state",
        "{\"state\":\"SUSPENDED\",\"version\":" + version(accredited) + "}"));
    HttpResponse<String> suspended = send("PATCH", impulseAdvisor(),
        path(file, "/checklist/TARGET_GROUP_MENTORING"), "{\"state\":\"PLANNED\",\"operatorId\":\""
            + accredited.path("operatorId").asString() + "\",\"version\":" + version(file) + "}");
    assertThat(suspended.statusCode()).isEqualTo(422);
    assertThat(json(get(impulseAdvisor(), "/operators?accredited=true")).toString())
        .doesNotContain(accredited.path("operatorId").asString());
    // only managers and admins keep the registry
    assertThat(post(impulseAdvisor(), "/operators", "{\"name\":\"X\",\"kind\":\"CONSULTANT\"}")
        .statusCode()).isEqualTo(403);
    assertThat(today).isNotBlank();
  }

  @Test
  void followUpsAreScheduledRecordedAndListedWhenOverdue() {
    String company = companyKnownToCrm("Quarterly SPRL");
    JsonNode starter = openFile(impulseAdvisor(), company, "HIGH_POTENTIAL_STARTER");
    String fileId = starter.path("fileId").asString();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
    JsonNode first = starter.path("followUps").get(0);
    assertThat(first.path("kind").asString()).isEqualTo("QUARTERLY_MEETING");
    assertThat(starter.path("nextFollowUpOn").asString()).isEqualTo(
        LocalDate.parse(starter.path("openedAt").asString().substring(0, 10)).plusMonths(3).toString());

    starter = ok(post(impulseAdvisor(), path(starter, "/follow-ups"),
        "{\"kind\":\"COLLECTIVE_QUARTERLY\",\"dueOn\":\"" + today.plusDays(20) + "\",\"version\":"
            + version(starter) + "}"));
    assertThat(starter.path("followUps").size()).isEqualTo(2);
    assertThat(starter.path("nextFollowUpOn").asString()).isEqualTo(today.plusDays(20).toString());

    // the quarter passes: make the meeting overdue in the stored file, as the clock would
    String meetingId = first.path("followUpId").asString();
    LocalDate due = today.minusDays(10);
    Document stored = storedFile(fileId);
    List<Document> followUps = stored.getList("followUps", Document.class);
    followUps.stream().filter(f -> f.getString("followUpId").equals(meetingId))
        .forEach(f -> f.put("dueOn", due.toString()));
    files().updateOne(new Document("_id", fileId), new Document("$set",
        new Document("followUps", followUps).append("nextFollowUpOn", due.toString())));

    JsonNode overdue = json(get(IMPULSE_COLLEAGUE, "/follow-ups/overdue"));
    JsonNode mine = find(overdue, meetingId);
    assertThat(mine.path("fileId").asString()).isEqualTo(fileId);
    assertThat(mine.path("daysOverdue").asLong()).isEqualTo(10);
    assertThat(mine.path("companyName").asString()).isEqualTo("Quarterly SPRL");
    assertThat(json(get(INTAKE_1819, "/follow-ups/overdue")).toString()).doesNotContain(meetingId);
    assertThat(json(get(manager("/hub/1819"), "/follow-ups/overdue?scope=all")).toString())
        .contains(meetingId);
    assertThat(get(INTAKE_1819, "/follow-ups/overdue?scope=all").statusCode()).isEqualTo(403);

    starter = json(get(impulseAdvisor(), path(starter, "")));
    starter = ok(post(impulseAdvisor(), path(starter, "/follow-ups/" + meetingId + "/record"),
        "{\"heldOn\":\"" + today + "\",\"summary\":\"hired two people\",\"version\":"
            + version(starter) + "}"));
    assertThat(json(get(IMPULSE_COLLEAGUE, "/follow-ups/overdue")).toString()).doesNotContain(meetingId);
    assertThat(starter.path("followUps").size()).isEqualTo(3);
    assertThat(starter.path("followUps").toString()).contains(due.plusMonths(3).toString());
    // summaries are the owning agency's
    assertThat(json(get(INTAKE_1819, path(starter, ""))).path("followUps").toString())
        .doesNotContain("hired two people");

    eventually().until(() -> eventsAbout(fileId).stream()
        .anyMatch(e -> e.getType().equals("guidance.follow_up.held")));
    JourneyEvent held = eventsAbout(fileId).stream()
        .filter(e -> e.getType().equals("guidance.follow_up.held")).findFirst().orElseThrow();
    assertThat(held.getHeadline())
        .isEqualTo("Quarterly follow-up meeting held: high-potential starter package");
  }

  @Test
  void oneCollectiveSessionIsRecordedOnEveryCreationFileThatTookPart() {
    JsonNode first = openFile(impulseAdvisor(), companyKnownToCrm("Collective One"), "CREATION");
    JsonNode second = openFile(impulseAdvisor(), companyKnownToCrm("Collective Two"), "CREATION");
    JsonNode stale = openFile(impulseAdvisor(), companyKnownToCrm("Collective Stale"), "CREATION");
    JsonNode universal = openFile(impulseAdvisor(), companyKnownToCrm("Not Collective"), "UNIVERSAL");
    String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();

    HttpResponse<String> response = post(IMPULSE_COLLEAGUE, "/follow-ups/collective-sessions",
        "{\"heldOn\":\"" + today + "\",\"summary\":\"Quarterly group session: cash planning\","
            + "\"files\":[" + entry(first, 1) + "," + entry(second, 1) + "," + entry(stale, 7) + ","
            + entry(universal, 1) + "]}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode outcomes = json(response);
    assertThat(outcomes.get(0).path("outcome").asString()).isEqualTo("RECORDED");
    assertThat(outcomes.get(0).path("version").asLong()).isEqualTo(2);
    assertThat(outcomes.get(1).path("outcome").asString()).isEqualTo("RECORDED");
    assertThat(outcomes.get(2).path("outcome").asString()).isEqualTo("CONFLICT");
    assertThat(outcomes.get(3).path("outcome").asString()).isEqualTo("REFUSED");
    assertThat(outcomes.get(3).path("detail").asString()).contains("collective");

    JsonNode recorded = json(get(impulseAdvisor(), path(first, "")));
    assertThat(recorded.path("followUps").get(0).path("heldOn").asString()).isEqualTo(today);
    assertThat(recorded.path("followUps").size()).isEqualTo(2);
    assertThat(post(IMPULSE_COLLEAGUE, "/follow-ups/collective-sessions",
        "{\"files\":[]}").statusCode()).isEqualTo(400);
  }

  private static String entry(JsonNode file, long version) {
    return "{\"fileId\":\"" + file.path("fileId").asString() + "\",\"version\":" + version + "}";
  }

  /** The element of an array whose some field equals {@code value}. */
  private static JsonNode find(JsonNode array, String value) {
    for (JsonNode element : array) {
      if (element.toString().contains("\"" + value + "\"")) {
        return element;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }
}
