package be.brussels.poles.guidance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.guidance.file.GuidanceServiceITBase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalogue and the orientation search over REST, in FR/NL/EN. */
class CatalogueIT extends GuidanceServiceITBase {

  private static String staff(String group, String role) {
    return user("someone", group, role);
  }

  @Test
  void theSearchAnswersInTheAskedLanguageBestFirst() {
    HttpResponse<String> response = rest().get("/support-services/search?profile=RETAIL&profile=PROJECT_HOLDER"
        + "&stage=CREATION&sector=RETAIL&need=LOCATION,COACHING&language=NL&lang=nl&limit=5",
        staff("/hub/1819", "intake"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = json(response);
    assertThat(results.size()).isEqualTo(5);
    // Atrium's two opening offers first (the free one before the one with a symbolic fee)
    assertThat(results.get(0).path("id").asString()).isEqualTo("atrium-open-soon");
    assertThat(results.get(1).path("id").asString()).isEqualTo("atrium-open");
    assertThat(results.get(1).path("name").asString()).isEqualTo("'Open'-pakket (handel)");
    assertThat(results.get(0).path("score").asInt())
        .isGreaterThanOrEqualTo(results.get(1).path("score").asInt());
    assertThat(results.get(0).path("reasons").toString()).contains("need:COACHING", "need:LOCATION");
  }

  @Test
  void theWholeCatalogueAndOneServiceAreReadByStaffOfEveryAgency() {
    JsonNode all = json(rest().get("/support-services?lang=en", staff("/finance", "analyst")));
    assertThat(all.size()).isGreaterThanOrEqualTo(90);
    JsonNode one = json(rest().get("/support-services/coworking-cheque?lang=fr",
        staff("/citydev", "advisor")));
    assertThat(one.path("name").asString()).isEqualTo("Chèque coworking");
    assertThat(one.path("eligibility").asString()).contains("Une seule fois");
    assertThat(rest().get("/support-services/nothing", staff("/hub/1819", "intake")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void badCriteriaAreOneProblemNamingEachField() {
    HttpResponse<String> response = rest().get("/support-services/search?need=MONEY&stage=OLD"
        + "&limit=0", staff("/hub/1819", "intake"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("need", "stage", "limit");
    assertThat(rest().get("/support-services?lang=de", staff("/hub/1819", "intake")).statusCode())
        .isEqualTo(400);
  }

  @Test
  void machinesDoNotReadTheCatalogue() {
    String partner = IDP.service("partner-system").roles("partner").audience("guidance-service").sign();
    assertThat(rest().get("/support-services", partner).statusCode()).isEqualTo(403);
    assertThat(rest().get("/support-services", null).statusCode()).isEqualTo(401);
  }
}
