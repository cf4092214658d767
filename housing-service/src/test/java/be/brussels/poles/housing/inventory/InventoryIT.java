package be.brussels.poles.housing.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.housing.HousingIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InventoryIT extends HousingIntegrationTest {

  @Test
  void aSiteIsCreatedWithLabelsInThreeLanguagesAndReadByPartnerAgencies() {
    JsonNode site = created(rest().post("/sites", officer(), siteBody("Green Hub",
        "incubator", "Watermaal-Bosvoorde", "[\"GREEN_TECH\", \"circular_economy\"]")));

    assertThat(site.get("type").get("code").asString()).isEqualTo("INCUBATOR");
    assertThat(site.get("type").get("labels").get("nl").asString()).isEqualTo("Incubator");
    assertThat(site.get("commune").asString()).isEqualTo("WATERMAEL_BOITSFORT");
    assertThat(site.get("communeName").asString()).isEqualTo("Watermael-Boitsfort/Watermaal-Bosvoorde");
    assertThat(site.get("sectors").get(1).get("labels").get("fr").asString())
        .isEqualTo("Économie circulaire");
    assertThat(site.get("createdBy").get("name").asString()).isEqualTo("olivia.officer");
    assertThat(site.get("version").asLong()).isEqualTo(1);

    String id = site.get("siteId").asString();
    for (String token : new String[] {staff("fin", "/finance", "analyst"),
        staff("ines", "/hub/impulse", "advisor"), staff("ana", "/citydev", "intake")}) {
      HttpResponse<String> read = rest().get("/sites/" + id, token);
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(json(read).get("name").asString()).isEqualTo("Green Hub");
    }
    assertThat(rest().get("/sites/" + id, staff("sam", "/steering", "auditor")).statusCode())
        .isEqualTo(403);
    assertThat(rest().post("/sites", staff("fin", "/finance", "manager"),
        siteBody("X", "FAB_LAB", "Jette", "[]")).statusCode()).isEqualTo(403);
    assertThat(rest().post("/sites", staff("ana", "/citydev", "intake"),
        siteBody("X", "FAB_LAB", "Jette", "[]")).statusCode()).isEqualTo(403);
  }

  @Test
  void badSiteInputNamesEveryField() {
    HttpResponse<String> response = rest().post("/sites", officer(),
        "{\"name\": \" \", \"type\": \"CASTLE\", \"operator\": \"" + "x".repeat(201) + "\","
            + " \"street\": {\"$gt\": \"\"}}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("street");

    HttpResponse<String> many = rest().post("/sites", officer(),
        "{\"name\": \" \", \"type\": \"CASTLE\", \"operator\": \"" + "x".repeat(201) + "\","
            + " \"street\": \"Rue 1\", \"postcode\": \"2000\", \"commune\": \"Waterloo\","
            + " \"coordinates\": {\"latitude\": 4.35, \"longitude\": 50.85},"
            + " \"sectors\": [\"SPACE\", \"DIGITAL\", \"DIGITAL\"]}");
    assertThat(many.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    json(many).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("name", "type", "operator", "postcode", "commune",
        "coordinates.latitude", "coordinates.longitude", "sectors[0]", "sectors[2]");

    HttpResponse<String> huge = rest().post("/sites", officer(),
        siteBody("X", "FAB_LAB", "Jette", "[]")
            .replace("[\"reception\"]", "[\"" + "p".repeat(300 * 1024) + "\"]"));
    assertThat(huge.statusCode()).isEqualTo(413);
  }

  @Test
  void aSiteDescriptionChangeNeedsTheCurrentVersion() {
    String id = createSite("BUSINESS_CENTRE", "Evere", "[]");
    String renamed = siteBody("Renamed centre", "BUSINESS_CENTRE", "Evere", "[]");

    HttpResponse<String> withoutVersion = put("/sites/" + id, null, renamed);
    assertThat(withoutVersion.statusCode()).isEqualTo(400);
    assertThat(withoutVersion.body()).contains("If-Match");
    HttpResponse<String> first = put("/sites/" + id, "1", renamed);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first).get("version").asLong()).isEqualTo(2);
    assertThat(json(first).get("name").asString()).isEqualTo("Renamed centre");

    HttpResponse<String> stale = put("/sites/" + id, "\"1\"", siteBody("Lost update",
        "BUSINESS_CENTRE", "Evere", "[]"));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(rest().get("/sites/" + id, officer())).get("name").asString())
        .isEqualTo("Renamed centre");
  }

  @Test
  void unitsAreListedFilteredSortedAndPaged() {
    String site = createSite("SME_BUILDING", "Uccle", "[\"MANUFACTURING\"]");
    addUnit(site, "WORKSHOP", 300, "2400.00", today());
    addUnit(site, "WORKSHOP", 120, "1100.50", today());
    addUnit(site, "WORKSHOP", 500, "3900.00", today().plusMonths(6));
    addUnit(site, "STORAGE", 80, "400", today());

    JsonNode bySurface = json(rest().get("/units?siteId=" + site + "&type=workshop&sort=-surface",
        staff("fin", "/finance", "analyst")));
    assertThat(bySurface.get("totalItems").asLong()).isEqualTo(3);
    assertThat(bySurface.get("items").findValuesAsString("reference"))
        .containsExactly("U-500", "U-300", "U-120");
    assertThat(bySurface.get("items").get(2).get("monthlyPrice").get("value").asString())
        .isEqualTo("1100.50");
    assertThat(bySurface.get("items").get(0).get("leases").isNull()).isTrue();

    JsonNode freeNow = json(rest().get("/units?siteId=" + site + "&freeOn=" + today()
        + "&minSurface=100&sort=price&size=1&page=1", officer()));
    assertThat(freeNow.get("totalItems").asLong()).isEqualTo(2);
    assertThat(freeNow.get("totalPages").asLong()).isEqualTo(2);
    assertThat(freeNow.get("items").findValuesAsString("reference")).containsExactly("U-300");
    assertThat(freeNow.get("items").get(0).get("leases").isArray()).isTrue();

    HttpResponse<String> bad = rest().get("/units?siteId=x&type=castle&freeOn=soon&sort=colour"
        + "&minSurface=-1&size=500", officer());
    assertThat(bad.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    json(bad).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("siteId", "type", "freeOn", "minSurface", "sort", "size");
  }

  @Test
  void badUnitInputIsRefusedAndAnUnknownSiteIsNotFound() {
    String site = createSite("COWORKING_SPACE", "Ixelles", "[]");
    HttpResponse<String> bad = rest().post("/sites/" + site + "/units", officer(),
        "{\"type\": \"CASTLE\", \"reference\": \"\", \"surface\": 0.5,"
            + " \"monthlyPrice\": {\"currency\": \"EUR\", \"value\": 1.5E1},"
            + " \"availableFrom\": \"2027-02-01\", \"availableUntil\": \"2027-01-01\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    json(bad).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("type", "reference", "surface", "availableUntil");

    assertThat(rest().post("/sites/00000000-0000-4000-8000-000000000000/units", officer(),
        "{\"type\": \"DESK\", \"reference\": \"D1\", \"surface\": 6, \"monthlyPrice\":"
            + " {\"currency\": \"EUR\", \"value\": \"250\"}, \"availableFrom\": \"2027-01-01\"}")
        .statusCode()).isEqualTo(404);
    assertThat(rest().get("/units/00000000-0000-4000-8000-000000000000", officer()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void occupancyIsForTheHousingPoleAndTheSteeringCommittee() {
    String site = createSite("BUSINESS_CENTRE", "Koekelberg", "[]");
    String unit = addUnit(site, "OFFICE", 40, "500", today().withDayOfMonth(1));
    addUnit(site, "OFFICE", 60, "700", today().withDayOfMonth(1));
    String company = companyKnownToCrm("Occupier");
    created(rest().post("/units/" + unit + "/leases", officer(), leaseBody(company,
        today().plusMonths(1).withDayOfMonth(1), today().plusMonths(3), "500.00")));

    String from = java.time.YearMonth.from(today()).toString();
    HttpResponse<String> response =
        rest().get("/sites/" + site + "/occupancy?from=" + from + "&months=3",
            staff("sam", "/steering", "auditor"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode series = json(response);
    assertThat(series).hasSize(3);
    assertThat(series.get(0).get("rate").asString()).isEqualTo("0.0");
    assertThat(series.get(1).get("leasedSurface").asInt()).isEqualTo(40);
    assertThat(series.get(1).get("lettableSurface").asInt()).isEqualTo(100);
    assertThat(series.get(1).get("rate").decimalValue()).isEqualByComparingTo("40.0");

    assertThat(rest().get("/sites/" + site + "/occupancy", staff("fin", "/finance", "analyst"))
        .statusCode()).isEqualTo(403);
    assertThat(json(rest().get("/sites/" + site + "/occupancy", officer()))).hasSize(12);
    HttpResponse<String> bad = rest().get("/sites/" + site + "/occupancy?from=2026-13&months=121",
        officer());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"from\"").contains("\"months\"");
  }

  private HttpResponse<String> put(String path, String ifMatch, String body) {
    HttpRequest.Builder request = rest().request(path, officer())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return rest().send(request);
  }
}
