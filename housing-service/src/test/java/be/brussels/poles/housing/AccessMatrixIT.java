package be.brussels.poles.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The written access matrix of the housing pole, agency × role × path: who reads the inventory
 * (every agency's staff), who reads occupancy (housing pole and steering), who reads and writes
 * the pole's records with confidential detail (citydev; writes need advisor, manager or admin).
 * A refused caller gets 403 before anything is read or written.
 */
class AccessMatrixIT extends HousingIntegrationTest {

  @Test
  void everyPathAnswersEachAgencyAndRoleAsTheMatrixSays() {
    String site = createSite("INCUBATOR", "Bruxelles", "[]");
    String unit = addUnit(site, "OFFICE", 30, "400", today());
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("citydev advisor", officer());
    callers.put("citydev intake", staff("ana", "/citydev", "intake"));
    callers.put("finance analyst", staff("fin", "/finance", "analyst"));
    callers.put("impulse advisor", staff("marc", "/hub/impulse", "advisor"));
    callers.put("steering auditor", staff("sara", "/steering", "auditor"));
    callers.put("partner system", IDP.user("partner", "/citydev", "partner")
        .audience("housing-service").sign());

    Map<String, Function<String, HttpResponse<String>>> paths = new LinkedHashMap<>();
    paths.put("GET /sites", t -> rest().get("/sites", t));
    paths.put("GET /units/{id}", t -> rest().get("/units/" + unit, t));
    paths.put("GET /sites/{id}/occupancy", t -> rest().get("/sites/" + site + "/occupancy", t));
    paths.put("GET /leases", t -> rest().get("/leases", t));
    paths.put("GET /coworking-cheques", t -> rest().get("/coworking-cheques", t));
    paths.put("GET /cohorts", t -> rest().get("/cohorts", t));
    paths.put("GET /location-requests", t -> rest().get("/location-requests", t));
    paths.put("POST /sites", t -> rest().post("/sites", t,
        siteBody("Matrix site", "FAB_LAB", "Jette", "[]")));

    Map<String, String> expected = new LinkedHashMap<>();
    //                         advisor intake finance impulse steering partner
    expected.put("GET /sites",                 "200 200 200 200 403 403");
    expected.put("GET /units/{id}",            "200 200 200 200 403 403");
    expected.put("GET /sites/{id}/occupancy",  "200 200 403 403 200 403");
    expected.put("GET /leases",                "200 200 403 403 403 403");
    expected.put("GET /coworking-cheques",     "200 200 403 403 403 403");
    expected.put("GET /cohorts",               "200 200 403 403 403 403");
    expected.put("GET /location-requests",     "200 200 403 403 403 403");
    expected.put("POST /sites",                "201 403 403 403 403 403");

    paths.forEach((path, call) -> {
      String[] codes = expected.get(path).split(" ");
      int i = 0;
      for (Map.Entry<String, String> caller : callers.entrySet()) {
        assertThat(call.apply(caller.getValue()).statusCode()).as(path + " as " + caller.getKey())
            .isEqualTo(Integer.parseInt(codes[i++]));
      }
    });
  }
}
