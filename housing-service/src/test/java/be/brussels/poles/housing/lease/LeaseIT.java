package be.brussels.poles.housing.lease;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.HousingIntegrationTest;
import com.mongodb.client.model.Filters;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class LeaseIT extends HousingIntegrationTest {

  @Autowired
  LeaseService leases;

  private String officeOf(String commune) {
    return addUnit(createSite("BUSINESS_CENTRE", commune, "[]"), "OFFICE", 40, "560.00",
        today());
  }

  @Test
  void aSignedLeaseIsStoredOnItsUnitAndItsConfidentialEventReachesTheCrm() {
    String unit = officeOf("Etterbeek");
    String company = companyKnownToCrm("Studio Lease");
    LocalDate start = today().plusDays(10);

    HttpResponse<String> response = rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(company, start, start.plusYears(1).minusDays(1), "560.00"));

    JsonNode lease = created(response);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(lease.get("companyName").asString()).isEqualTo("Studio Lease");
    assertThat(lease.get("monthlyRent").get("value").asString()).isEqualTo("560.00");
    assertThat(lease.get("status").get("code").asString()).isEqualTo("UPCOMING");
    assertThat(lease.get("kind").get("labels").get("en").asString())
        .isEqualTo("Occupancy agreement");
    assertThat(lease.get("signedBy").get("name").asString()).isEqualTo("olivia.officer");
    String leaseId = lease.get("leaseId").asString();

    eventually().until(() -> eventsAbout(leaseId).size() == 1);
    JourneyEvent event = eventsAbout(leaseId).get(0);
    assertThat(event.getType()).isEqualTo("housing.lease.signed");
    assertThat(event.getHeadline()).startsWith("Lease signed: office U-40 (40 m\u00b2) at Site ")
        .endsWith("Etterbeek, " + start + " to " + start.plusYears(1).minusDays(1));
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(event.getDetail()).contains("EUR 560.00");

    JsonNode unitView = json(rest().get("/units/" + unit, officer()));
    assertThat(unitView.get("leases").get(0).get("leaseId").asString()).isEqualTo(leaseId);
    assertThat(unitView.get("firstFreeDay").asString()).isEqualTo(today().toString());
    String siteId = unitView.get("siteId").asString();
    assertThat(json(rest().get("/units?siteId=" + siteId + "&freeOn=" + start.plusDays(1),
        officer())).get("totalItems").asLong()).isZero();
    assertThat(json(rest().get("/units?siteId=" + siteId + "&freeOn=" + start.minusDays(1),
        officer())).get("totalItems").asLong()).isEqualTo(1);
    JsonNode forFinance = json(rest().get("/units/" + unit, staff("fin", "/finance", "analyst")));
    assertThat(forFinance.get("leases").isNull()).isTrue();

    JsonNode list = json(rest().get("/leases?enterpriseNumber=" + company, officer()));
    assertThat(list.get("totalItems").asLong()).isEqualTo(1);
    assertThat(rest().get("/leases", staff("fin", "/finance", "analyst")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anOverlappingLeaseIsRefusedNamingTheLeaseInTheWay() {
    String unit = officeOf("Evere");
    String first = companyKnownToCrm("First Tenant");
    created(rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(first, today(), today().plusMonths(6), "500")));

    HttpResponse<String> overlap = rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(companyKnownToCrm("Second Tenant"), today().plusMonths(6),
            today().plusMonths(12), "500"));

    assertThat(overlap.statusCode()).isEqualTo(422);
    assertThat(json(overlap).get("errors").get(0).get("field").asString()).isEqualTo("start");
    assertThat(json(overlap).get("detail").asString()).contains("already leased to First Tenant");
    assertThat(json(rest().get("/units/" + unit, officer())).get("leases")).hasSize(1);
  }

  @Test
  void twoStaffLeasingOneUnitAtOnceNeverBothSucceed() throws Exception {
    String unit = officeOf("Forest");
    int staff = 6;
    List<String> companies = new ArrayList<>();
    for (int i = 0; i < staff; i++) {
      companies.add(companyKnownToCrm("Racer " + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(staff);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < staff; i++) {
        String body = leaseBody(companies.get(i), today().plusDays(i),
            today().plusMonths(6).plusDays(i), "500");
        String token = staff("staff" + i, "/citydev", "advisor");
        answers.add(pool.submit(() -> {
          go.await();
          return rest().post("/units/" + unit + "/leases", token, body).statusCode();
        }));
      }
      go.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        codes.add(answer.get(30, TimeUnit.SECONDS));
      }
      assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
      assertThat(codes).filteredOn(c -> c != 201).allMatch(c -> c == 409 || c == 422);
    } finally {
      pool.shutdownNow();
    }
    Document stored = units().find(Filters.eq("_id", unit)).first();
    assertThat(stored.getList("leases", Document.class)).hasSize(1);
    assertThat(stored.get("version", Number.class).longValue()).isEqualTo(2);
  }

  @Test
  void aStaleIfMatchIsA409AndNothingChanges() {
    String unit = officeOf("Jette");
    String company = companyKnownToCrm("Careful Tenant");
    HttpResponse<String> stale = rest().send(rest().request("/units/" + unit + "/leases",
        officer()).header("Content-Type", "application/json").header("If-Match", "\"7\"")
        .POST(HttpRequest.BodyPublishers.ofString(
            leaseBody(company, today(), today().plusMonths(3), "500"))));
    assertThat(stale.statusCode()).isEqualTo(409);
    HttpResponse<String> fresh = rest().send(rest().request("/units/" + unit + "/leases",
        officer()).header("Content-Type", "application/json").header("If-Match", "1")
        .POST(HttpRequest.BodyPublishers.ofString(
            leaseBody(company, today(), today().plusMonths(3), "500"))));
    assertThat(fresh.statusCode()).isEqualTo(201);
  }

  @Test
  void badLeaseInputNamesTheFields() {
    String unit = officeOf("Ganshoren");
    HttpResponse<String> bad = rest().post("/units/" + unit + "/leases", officer(),
        "{\"enterpriseNumber\": \"0403.019.262\", \"kind\": \"FOREVER\","
            + " \"start\": \"" + today().minusMonths(3) + "\", \"end\": \"later\","
            + " \"monthlyRent\": {\"currency\": \"EUR\", \"value\": \"-1\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    json(bad).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("enterpriseNumber", "kind", "start");

    HttpResponse<String> wrongWay = rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(companyKnownToCrm("Backwards"), today().plusMonths(2), today(), "0"));
    assertThat(wrongWay.statusCode()).isEqualTo(400);
    assertThat(wrongWay.body()).contains("must be on or after start")
        .contains("monthlyRent.value");
    assertThat(rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(be.brussels.poles.testsupport.EnterpriseNumbers.fresh(), today(), today().plusMonths(1), "10"))
        .statusCode()).isEqualTo(422);
    assertThat(rest().post("/units/" + unit + "/leases", staff("fin", "/finance", "manager"),
        leaseBody(companyKnownToCrm("Nope"), today(), today().plusMonths(1), "10"))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void terminationShortensTheLeaseAndTellsTheJourney() {
    String unit = officeOf("Koekelberg");
    String company = companyKnownToCrm("Leaving Early");
    JsonNode lease = created(rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(company, today(), today().plusYears(1), "500")));
    String leaseId = lease.get("leaseId").asString();
    String path = "/units/" + unit + "/leases/" + leaseId + "/termination";

    HttpResponse<String> ended = rest().post(path, officer(),
        "{\"lastDay\": \"" + today().plusMonths(2) + "\"}");

    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    assertThat(json(ended).get("end").asString()).isEqualTo(today().plusMonths(2).toString());
    eventually().until(() -> eventsAbout(leaseId).stream()
        .anyMatch(e -> e.getType().equals("housing.lease.terminated")));
    assertThat(rest().post(path, officer(), "{\"lastDay\": \"" + today().plusMonths(1) + "\"}")
        .statusCode()).isEqualTo(422);
    assertThat(rest().post(path, officer(), "{\"lastDay\": 5}").statusCode()).isEqualTo(400);
  }

  @Test
  void leasesNearTheirEndAreSignalledOnceForTheGuidancePole() {
    String unit = officeOf("Uccle");
    String company = companyKnownToCrm("Ending Soon");
    String leaseId = created(rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(company, today(), today().plusDays(60), "500"))).get("leaseId").asString();
    String farUnit = officeOf("Uccle");
    String farLease = created(rest().post("/units/" + farUnit + "/leases", officer(),
        leaseBody(company, today(), today().plusYears(2), "500"))).get("leaseId").asString();

    leases.signalEndingLeases();
    leases.signalEndingLeases();

    eventually().until(() -> eventsAbout(leaseId).stream()
        .filter(e -> e.getType().equals("housing.lease.ending")).count() == 1);
    awaitUnitsDrained();
    JourneyEvent ending = eventsAbout(leaseId).stream()
        .filter(e -> e.getType().equals("housing.lease.ending")).findFirst().orElseThrow();
    assertThat(ending.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);
    assertThat(ending.getHeadline()).startsWith("Lease ends on " + today().plusDays(60));
    assertThat(ending.getDetail()).doesNotContain("EUR");
    assertThat(eventsAbout(leaseId)).filteredOn(e -> e.getType().equals("housing.lease.ending"))
        .hasSize(1);
    assertThat(eventsAbout(farLease)).noneMatch(e -> e.getType().equals("housing.lease.ending"));
  }

  @Test
  void aUnitsPriceAndDatesChangeUnderItsVersionAndNeverLeaveALeaseOutside() {
    String unit = officeOf("Auderghem");
    created(rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(companyKnownToCrm("Sitting Tenant"), today().plusDays(5),
            today().plusMonths(6), "560")));
    String repriced = "{\"type\": \"OFFICE\", \"reference\": \"B2.04\", \"surface\": 42,"
        + " \"monthlyPrice\": {\"currency\": \"EUR\", \"value\": \"600.00\"},"
        + " \"availableFrom\": \"" + today() + "\"}";

    HttpResponse<String> changed = put("/units/" + unit, "2", repriced);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).get("monthlyPrice").get("value").asString()).isEqualTo("600.00");
    assertThat(json(changed).get("version").asLong()).isEqualTo(3);
    assertThat(put("/units/" + unit, "2", repriced).statusCode()).isEqualTo(409);

    HttpResponse<String> squeezed = put("/units/" + unit, "3",
        repriced.replace(today().toString(), today().plusDays(10).toString()));
    assertThat(squeezed.statusCode()).isEqualTo(422);
    assertThat(json(squeezed).get("errors").get(0).get("field").asString())
        .isEqualTo("availableFrom");
    assertThat(put("/units/" + unit, "3", repriced.replace("OFFICE", "LAB")).statusCode())
        .isEqualTo(422);
    assertThat(rest().send(rest().request("/units/" + unit, staff("fin", "/finance", "manager"))
        .header("Content-Type", "application/json").header("If-Match", "3")
        .PUT(HttpRequest.BodyPublishers.ofString(repriced))).statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> put(String path, String ifMatch, String body) {
    return rest().send(rest().request(path, officer()).header("Content-Type", "application/json")
        .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private void awaitUnitsDrained() {
    eventually().until(() -> units().countDocuments(
        Filters.exists(be.brussels.poles.kit.outbox.Outbox.DUE_AT)) == 0);
  }
}
