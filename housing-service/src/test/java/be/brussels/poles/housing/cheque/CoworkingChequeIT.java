package be.brussels.poles.housing.cheque;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.HousingIntegrationTest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CoworkingChequeIT extends HousingIntegrationTest {

  private static String issueBody(String company, String siteId, YearMonth first) {
    return "{\"enterpriseNumber\": \"" + company + "\", \"siteId\": \"" + siteId + "\","
        + " \"firstMonth\": \"" + first + "\", \"monthlyPrice\": {\"currency\": \"EUR\","
        + " \"value\": \"250.00\"}}";
  }

  private static YearMonth thisMonth() {
    return YearMonth.from(today());
  }

  @Test
  void aChequeIsIssuedForSixMonthsAndTheJourneyIsTold() {
    String space = createSite("COWORKING_SPACE", "Saint-Gilles", "[]");
    String company = companyKnownToCrm("Freelance Studio");

    JsonNode cheque = created(rest().post("/coworking-cheques", officer(),
        issueBody(company, space, thisMonth().plusMonths(1))));

    assertThat(cheque.get("months")).hasSize(6);
    assertThat(cheque.get("months").get(0).get("funding").get("labels").get("fr").asString())
        .isEqualTo("Gratuit (Région)");
    assertThat(cheque.get("months").get(4).get("funding").get("code").asString())
        .isEqualTo("SPACE_SPONSORED");
    assertThat(cheque.get("validUntil").asString())
        .isEqualTo(thisMonth().plusMonths(6).atEndOfMonth().toString());
    assertThat(cheque.get("companyName").asString()).isEqualTo("Freelance Studio");
    String id = cheque.get("chequeId").asString();
    eventually().until(() -> eventsAbout(id).size() == 1);
    JourneyEvent event = eventsAbout(id).get(0);
    assertThat(event.getType()).isEqualTo("housing.cheque.issued");
    assertThat(event.getHeadline()).contains("6 months at Site ")
        .endsWith("(2 free, 2 co-financed, 2 sponsored)");

    assertThat(rest().get("/coworking-cheques?enterpriseNumber=" + company, officer()).body())
        .contains(id);
    assertThat(rest().get("/coworking-cheques/" + id, staff("fin", "/finance", "analyst"))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aSecondFreePeriodIsRefusedWithAClearReasonEvenAtAnotherVenue() {
    String company = companyKnownToCrm("Twice Lucky");
    String first = created(rest().post("/coworking-cheques", officer(), issueBody(company,
        createSite("COWORKING_SPACE", "Ixelles", "[]"), thisMonth()))).get("chequeId").asString();

    HttpResponse<String> second = rest().post("/coworking-cheques", officer(),
        issueBody(company, createSite("INCUBATOR", "Jette", "[]"), thisMonth()));

    assertThat(second.statusCode()).isEqualTo(422);
    JsonNode problem = json(second);
    assertThat(problem.get("errors").get(0).get("field").asString())
        .isEqualTo("enterpriseNumber");
    assertThat(problem.get("detail").asString()).contains("cheque " + first)
        .endsWith("the two free months are granted once per entrepreneur, ever");
    assertThat(json(rest().get("/coworking-cheques?enterpriseNumber=" + company, officer()))
        .get("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void twoStaffIssuingAtOnceGiveOneCheque() throws Exception {
    String company = companyKnownToCrm("Race Cheque");
    String space = createSite("COWORKING_SPACE", "Evere", "[]");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> {
          go.await();
          return rest().post("/coworking-cheques", officer(),
              issueBody(company, space, thisMonth())).statusCode();
        }));
      }
      go.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        codes.add(answer.get(30, TimeUnit.SECONDS));
      }
      assertThat(codes).containsOnlyOnce(201).filteredOn(c -> c != 201).containsOnly(422);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyEligibleVenuesAndValidInput() {
    String company = companyKnownToCrm("Maker");
    HttpResponse<String> fabLab = rest().post("/coworking-cheques", officer(),
        issueBody(company, createSite("FAB_LAB", "Ganshoren", "[]"), thisMonth()));
    assertThat(fabLab.statusCode()).isEqualTo(422);
    assertThat(json(fabLab).get("detail").asString()).endsWith("is a fab lab");

    HttpResponse<String> bad = rest().post("/coworking-cheques", officer(),
        "{\"enterpriseNumber\": {\"$gt\": \"\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    HttpResponse<String> many = rest().post("/coworking-cheques", officer(),
        "{\"enterpriseNumber\": \"1\", \"siteId\": \"x\", \"firstMonth\": \"2026-13\"}");
    List<String> fields = new ArrayList<>();
    json(many).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("enterpriseNumber", "siteId", "firstMonth",
        "monthlyPrice");
    assertThat(rest().post("/coworking-cheques", staff("ines", "/hub/impulse", "advisor"),
        issueBody(company, createSite("INCUBATOR", "Jette", "[]"), thisMonth())).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theSpaceRedeemsMonthByMonthUnderTheChequesVersion() {
    String company = companyKnownToCrm("Desk User");
    JsonNode cheque = created(rest().post("/coworking-cheques", officer(), issueBody(company,
        createSite("BUSINESS_CENTRE", "Schaerbeek", "[]"), thisMonth())));
    String id = cheque.get("chequeId").asString();
    String path = "/coworking-cheques/" + id + "/redemptions";

    HttpResponse<String> first = rest().post(path, officer(), "{\"month\": \"" + thisMonth()
        + "\", \"spaceReference\": \"INV-2026-001\", \"version\": 1}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode redeemed = json(first);
    assertThat(redeemed.get("redeemedMonths").asLong()).isEqualTo(1);
    assertThat(redeemed.get("months").get(0).get("spaceReference").asString())
        .isEqualTo("INV-2026-001");
    assertThat(redeemed.get("months").get(0).get("redeemedBy").get("name").asString())
        .isEqualTo("olivia.officer");
    assertThat(redeemed.get("version").asLong()).isEqualTo(2);

    assertThat(rest().post(path, officer(), "{\"month\": \"" + thisMonth()
        + "\", \"spaceReference\": \"again\", \"version\": 1}").statusCode()).isEqualTo(409);
    HttpResponse<String> twice = rest().post(path, officer(), "{\"month\": \"" + thisMonth()
        + "\", \"spaceReference\": \"again\", \"version\": 2}");
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(json(twice).get("errors").get(0).get("field").asString()).isEqualTo("month");
    assertThat(rest().post(path, officer(), "{\"month\": \"" + thisMonth().plusMonths(1)
        + "\", \"spaceReference\": \"early\", \"version\": 2}").body())
        .contains("has not begun yet");

    eventually().until(() -> eventsAbout(id).stream()
        .anyMatch(e -> e.getType().equals("housing.cheque.month_redeemed")
            && e.getHeadline().startsWith("Coworking cheque month 1 of 6 used at Site ")
            && e.getHeadline().endsWith("(free (region))")));
  }
}
