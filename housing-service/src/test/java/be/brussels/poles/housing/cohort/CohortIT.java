package be.brussels.poles.housing.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.HousingIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CohortIT extends HousingIntegrationTest {

  private String openCohort(String incubator, String name, int capacity) {
    return created(rest().post("/cohorts", officer(), "{\"siteId\": \"" + incubator
        + "\", \"name\": \"" + name + "\", \"intakeDate\": \"" + today().plusMonths(2)
        + "\", \"capacity\": " + capacity + "}")).get("cohortId").asString();
  }

  @Test
  void companiesAdmittedToAnIntakeRoundAppearOnTheirJourney() {
    String incubator = createSite("INCUBATOR", "Anderlecht", "[\"LIFE_TECH\"]");
    String cohort = openCohort(incubator, "Spring intake", 12);
    String company = companyKnownToCrm("Incubated Bio");

    HttpResponse<String> admitted = rest().post("/cohorts/" + cohort + "/admissions", officer(),
        "{\"enterpriseNumber\": \"" + company + "\", \"version\": 1}");

    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
    JsonNode body = json(admitted);
    assertThat(body.get("admissions").get(0).get("companyName").asString())
        .isEqualTo("Incubated Bio");
    assertThat(body.get("admissions").get(0).get("admittedBy").get("name").asString())
        .isEqualTo("olivia.officer");
    assertThat(body.get("version").asLong()).isEqualTo(2);
    eventually().until(() -> eventsAbout(cohort).size() == 1);
    JourneyEvent event = eventsAbout(cohort).get(0);
    assertThat(event.getType()).isEqualTo("housing.cohort.admitted");
    assertThat(event.getHeadline()).startsWith("Admitted to the incubation round \"Spring intake\"");
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);

    JsonNode list = json(rest().get("/cohorts?enterpriseNumber=" + company, officer()));
    assertThat(list.get("totalItems").asLong()).isEqualTo(1);
    assertThat(json(rest().get("/cohorts?siteId=" + incubator, officer())).get("items")
        .get(0).get("cohortId").asString()).isEqualTo(cohort);
  }

  @Test
  void staleVersionsRepeatedAdmissionsAndBadInputAreRefused() {
    String cohort = openCohort(createSite("INCUBATOR", "Forest", "[]"), "Autumn", 5);
    String company = companyKnownToCrm("Twice Admitted");
    String path = "/cohorts/" + cohort + "/admissions";
    assertThat(rest().post(path, officer(), "{\"enterpriseNumber\": \"" + company
        + "\", \"version\": 1}").statusCode()).isEqualTo(200);
    assertThat(rest().post(path, officer(), "{\"enterpriseNumber\": \"" + company
        + "\", \"version\": 1}").statusCode()).isEqualTo(409);
    HttpResponse<String> again = rest().post(path, officer(), "{\"enterpriseNumber\": \""
        + company + "\", \"version\": 2}");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(json(again).get("errors").get(0).get("field").asString())
        .isEqualTo("enterpriseNumber");

    HttpResponse<String> bad = rest().post("/cohorts", officer(),
        "{\"siteId\": \"nope\", \"name\": \"\", \"intakeDate\": \"soon\", \"capacity\": 2.5}");
    List<String> fields = new ArrayList<>();
    json(bad).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("siteId", "name", "intakeDate", "capacity");
    HttpResponse<String> coworking = rest().post("/cohorts", officer(), "{\"siteId\": \""
        + createSite("COWORKING_SPACE", "Forest", "[]") + "\", \"name\": \"X\","
        + " \"intakeDate\": \"" + today() + "\", \"capacity\": 3}");
    assertThat(coworking.statusCode()).isEqualTo(422);
    assertThat(rest().get("/cohorts/" + cohort, staff("fin", "/finance", "analyst"))
        .statusCode()).isEqualTo(403);
    assertThat(rest().post("/cohorts", staff("ana", "/citydev", "intake"), "{}").statusCode())
        .isEqualTo(403);
  }
}
