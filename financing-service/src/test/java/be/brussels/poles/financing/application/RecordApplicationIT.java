package be.brussels.poles.financing.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.financing.FinancingIntegrationTest;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import be.brussels.poles.testsupport.RestCalls;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RecordApplicationIT extends FinancingIntegrationTest {

  @Test
  void recordedApplicationIsStoredAndItsEventReachesTheCrmOnceWithTheServiceToken() {
    String number = companyKnownToCrm("Brasserie de la Senne");
    String token = analyst();
    int appendsBefore = CRM.appendTokens().size();

    HttpResponse<String> created = post("/applications", token, applicationBody(
        EnterpriseNumbers.dotted(number),
        "START_LOAN", "25000.00", "Second brewing line"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    String id = body.get("applicationId").asString();
    assertThat(created.headers().firstValue("Location"))
        .hasValue(rest().uri("/applications/" + id).toString());
    assertThat(body.get("enterpriseNumber").asString()).isEqualTo(number);
    assertThat(body.get("companyName").asString()).isEqualTo("Brasserie de la Senne");
    assertThat(body.get("companyVerified").asBoolean()).isTrue();
    assertThat(body.get("instrument").asString()).isEqualTo("START_LOAN");
    assertThat(body.get("amount").get("currency").asString()).isEqualTo("EUR");
    assertThat(body.get("amount").get("value").asString()).isEqualTo("25000.00");
    assertThat(body.get("purpose").asString()).isEqualTo("Second brewing line");
    assertThat(body.get("agency").asString()).isEqualTo("FINANCE");
    assertThat(body.get("analyst").get("name").asString()).isEqualTo("ana.analyst");
    assertThat(body.get("analyst").get("email").asString()).isEqualTo("ana.analyst@test.poles.brussels");
    assertThat(body.get("stage").asString()).isEqualTo("SUBMITTED");
    assertThat(body.get("version").asLong()).isEqualTo(1);

    HttpResponse<String> read = get("/applications/" + id, token);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read)).isEqualTo(body);

    // the company was resolved on the user's behalf
    assertThat(CRM.resolveTokens()).contains("Bearer " + token);

    eventually().until(() -> eventsAbout(id).size() == 1);
    JourneyEvent event = eventsAbout(id).get(0);
    assertThat(event.getType()).isEqualTo("financing.application.submitted");
    assertThat(event.getEnterpriseNumber().getValue()).isEqualTo(number);
    assertThat(event.getSourceAgency()).isEqualTo(Agency.AGENCY_FINANCE);
    assertThat(event.getHeadline()).isEqualTo("Financing application submitted: start loan");
    assertThat(event.getContact().getName()).isEqualTo("ana.analyst");
    assertThat(event.getContact().getEmail()).isEqualTo("ana.analyst@test.poles.brussels");
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(event.getDetail()).contains("EUR 25,000.00").contains("Second brewing line");
    assertThat(ProtoMapping.fromProto(event.getOccurredAt()))
        .isEqualTo(Instant.parse(body.get("submittedAt").asString()));

    // delivered with the service's own token, never the user's
    List<String> appendTokens = new ArrayList<>(CRM.appendTokens().subList(appendsBefore,
        CRM.appendTokens().size()));
    assertThat(appendTokens).isNotEmpty().doesNotContain("Bearer " + token);
    for (String bearer : appendTokens) {
      Map<String, Object> claims = RestCalls.claimsOf(bearer);
      assertThat(claims).containsEntry("azp", "financing-service");
      assertThat(claims.get("realm_access").toString()).contains("service");
    }

    // and nothing is left to send
    eventually().until(() -> !storedApplication(id).containsKey(Outbox.DUE_AT));
    Document stored = storedApplication(id);
    assertThat(stored.getList(Outbox.EVENTS, Document.class)).isEmpty();
    assertThat(stored.get("requestedAmount", Document.class).get("minorUnits")).isEqualTo(2_500_000L);
    assertThat(eventsAbout(id)).hasSize(1);
  }

  @Test
  void unknownCompanyIsRefusedNamingTheEnterpriseNumberAndNothingIsStored() {
    String number = freshEnterpriseNumber();

    HttpResponse<String> response = post("/applications", analyst(),
        applicationBody(number, "MICROCREDIT", "8000", "Delivery van"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("enterpriseNumber");
    assertThat(problem.get("errors").get(0).get("reason").asString())
        .isEqualTo("is not registered in the CRM");
    assertThat(applications().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void onlyTheGuaranteeFundRecordsGuarantees() {
    String number = companyKnownToCrm("Atelier Vélo");
    String body = applicationBody(number, "GUARANTEE", "150000", "Bank credit for a workshop");

    HttpResponse<String> byFinance = post("/applications", analyst(), body);
    assertThat(byFinance.statusCode()).isEqualTo(422);
    assertThat(json(byFinance).get("errors").get(0).get("field").asString()).isEqualTo("instrument");

    HttpResponse<String> byFund = post("/applications",
        staff("gus.guarantee", "/guarantee-fund", "manager"), body);
    assertThat(byFund.statusCode()).as(byFund.body()).isEqualTo(201);
    assertThat(json(byFund).get("agency").asString()).isEqualTo("GUARANTEE_FUND");
    assertThat(applications().countDocuments(Filters.eq("enterpriseNumber", number))).isEqualTo(1);
  }

  @Test
  void listsACompanysApplicationsNewestFirstPageByPage() {
    String number = companyKnownToCrm("Kanal Studio");
    List<String> ids = List.of(recordStartLoan(number), recordStartLoan(number),
        recordStartLoan(number));
    recordStartLoan(companyKnownToCrm("Someone Else"));

    HttpResponse<String> first = get("/applications?enterpriseNumber=BE" + number + "&size=2",
        analyst());
    HttpResponse<String> second = get("/applications?enterpriseNumber=" + number + "&size=2&page=1",
        staff("ivo.intake", "/finance", "intake"));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode page0 = json(first);
    JsonNode page1 = json(second);
    assertThat(page0.get("page").asInt()).isZero();
    assertThat(page0.get("size").asInt()).isEqualTo(2);
    assertThat(page0.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page0.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page0.get("items")).hasSize(2);
    assertThat(page1.get("items")).hasSize(1);
    List<JsonNode> items = new ArrayList<>();
    page0.get("items").forEach(items::add);
    page1.get("items").forEach(items::add);
    assertThat(items).extracting(i -> i.get("applicationId").asString())
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(items).extracting(i -> Instant.parse(i.get("submittedAt").asString()))
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void otherAgenciesNeitherReadNorList() {
    String id = recordStartLoan(companyKnownToCrm("Maison Dandoy"));
    String impulse = staff("ines.impulse", "/hub/impulse", "advisor", "manager");

    assertThat(get("/applications/" + id, impulse).statusCode()).isEqualTo(403);
    assertThat(get("/applications", impulse).statusCode()).isEqualTo(403);
    assertThat(get("/applications/" + id, staff("sam.steering", "/steering", "manager"))
        .statusCode()).isEqualTo(403);
    assertThat(get("/applications/" + id, staff("gus.guarantee", "/guarantee-fund", "analyst"))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void unknownApplicationIsNotFound() {
    HttpResponse<String> response =
        get("/applications/00000000-0000-4000-8000-000000000000", analyst());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }
}
