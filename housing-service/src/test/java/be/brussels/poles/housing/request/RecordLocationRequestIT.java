package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.housing.HousingIntegrationTest;
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

class RecordLocationRequestIT extends HousingIntegrationTest {

  @Test
  void recordedRequestIsStoredAndItsEventReachesTheCrmOnceWithTheServiceToken() {
    String number = companyKnownToCrm("Atelier Sablon");
    String token = officer();
    int appendsBefore = CRM.appendTokens().size();

    HttpResponse<String> created = rest().post("/location-requests", token,
        officeBody(EnterpriseNumbers.dotted(number), "2500.00"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    String id = body.get("requestId").asString();
    assertThat(created.headers().firstValue("Location"))
        .hasValue(rest().uri("/location-requests/" + id).toString());
    assertThat(body.get("enterpriseNumber").asString()).isEqualTo(number);
    assertThat(body.get("companyName").asString()).isEqualTo("Atelier Sablon");
    assertThat(body.get("companyVerified").asBoolean()).isTrue();
    assertThat(body.get("unitType").asString()).isEqualTo("OFFICE");
    assertThat(body.get("surfaceMin").asInt()).isEqualTo(80);
    assertThat(body.get("surfaceMax").asInt()).isEqualTo(120);
    assertThat(body.get("maxMonthlyBudget").get("currency").asString()).isEqualTo("EUR");
    assertThat(body.get("maxMonthlyBudget").get("value").asString()).isEqualTo("2500.00");
    assertThat(body.get("communes").toString()).isEqualTo("[\"IXELLES\",\"SAINT_GILLES\"]");
    assertThat(body.get("wantedFrom").asString()).isEqualTo(today().plusMonths(1).toString());
    assertThat(body.get("agency").asString()).isEqualTo("CITYDEV");
    assertThat(body.get("officer").get("name").asString()).isEqualTo("olivia.officer");
    assertThat(body.get("stage").asString()).isEqualTo("OPEN");
    assertThat(body.get("version").asLong()).isEqualTo(1);

    HttpResponse<String> read = rest().get("/location-requests/" + id, token);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read)).isEqualTo(body);

    assertThat(CRM.resolveTokens()).contains("Bearer " + token);

    eventually().until(() -> eventsAbout(id).size() == 1);
    JourneyEvent event = eventsAbout(id).get(0);
    assertThat(event.getType()).isEqualTo("housing.request.recorded");
    assertThat(event.getEnterpriseNumber().getValue()).isEqualTo(number);
    assertThat(event.getSourceAgency()).isEqualTo(Agency.AGENCY_CITYDEV);
    assertThat(event.getHeadline()).isEqualTo("Location request recorded: office 80-120 m\u00b2");
    assertThat(event.getContact().getName()).isEqualTo("olivia.officer");
    assertThat(event.getContact().getEmail()).isEqualTo("olivia.officer@test.poles.brussels");
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_CONFIDENTIAL);
    assertThat(event.getDetail()).contains("EUR 2,500.00")
        .contains("Ixelles/Elsene, Saint-Gilles/Sint-Gillis");
    assertThat(ProtoMapping.fromProto(event.getOccurredAt()))
        .isEqualTo(Instant.parse(body.get("requestedAt").asString()));

    List<String> appendTokens = new ArrayList<>(CRM.appendTokens().subList(appendsBefore,
        CRM.appendTokens().size()));
    assertThat(appendTokens).isNotEmpty().doesNotContain("Bearer " + token);
    for (String bearer : appendTokens) {
      Map<String, Object> claims = RestCalls.claimsOf(bearer);
      assertThat(claims).containsEntry("azp", "housing-service");
      assertThat(claims.get("realm_access").toString()).contains("service");
    }

    eventually().until(() -> !stored(id).containsKey(Outbox.DUE_AT));
    Document stored = stored(id);
    assertThat(stored.getList(Outbox.EVENTS, Document.class)).isEmpty();
    assertThat(stored.get("maxMonthlyBudget", Document.class).get("minorUnits"))
        .isEqualTo(250_000L);
    assertThat(eventsAbout(id)).hasSize(1);
  }

  @Test
  void withoutABudgetTheEventHasNothingConfidential() {
    String number = companyKnownToCrm("Coworking Canal");
    HttpResponse<String> created = rest().post("/location-requests", officer(),
        "{\"enterpriseNumber\": \"" + number + "\", \"unitType\": \"desk\", \"surfaceMin\": 6,"
            + " \"surfaceMax\": 6, \"wantedFrom\": \"" + today() + "\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    assertThat(body.get("maxMonthlyBudget").isNull()).isTrue();
    assertThat(body.get("communes")).isEmpty();
    String id = body.get("requestId").asString();
    eventually().until(() -> eventsAbout(id).size() == 1);
    JourneyEvent event = eventsAbout(id).get(0);
    assertThat(event.getHeadline()).isEqualTo("Location request recorded: desk 6 m\u00b2");
    assertThat(event.getConfidentiality()).isEqualTo(Confidentiality.CONFIDENTIALITY_SHARED);
    assertThat(event.getDetail()).contains("anywhere in the region").doesNotContain("EUR");
    assertThat(stored(id).containsKey("maxMonthlyBudget")).isFalse();
  }

  @Test
  void unknownCompanyIsRefusedNamingTheEnterpriseNumberAndNothingIsStored() {
    String number = EnterpriseNumbers.fresh();

    HttpResponse<String> response =
        rest().post("/location-requests", officer(), officeBody(number, null));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = json(response);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("enterpriseNumber");
    assertThat(problem.get("errors").get(0).get("reason").asString())
        .isEqualTo("is not registered in the CRM");
    assertThat(requests().countDocuments(Filters.eq("enterpriseNumber", number))).isZero();
  }

  @Test
  void listsACompanysRequestsNewestFirstPageByPage() {
    String number = companyKnownToCrm("Kanal Studio");
    List<String> ids = List.of(recordOffice(number), recordOffice(number), recordOffice(number));
    recordOffice(companyKnownToCrm("Someone Else"));

    JsonNode page0 = json(rest().get("/location-requests?enterpriseNumber=" + number + "&size=2",
        officer()));
    JsonNode page1 = json(rest().get("/location-requests?enterpriseNumber=BE" + number
        + "&size=2&page=1", staff("ida", "/citydev", "auditor")));

    assertThat(page0.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page0.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page0.get("size").asInt()).isEqualTo(2);
    assertThat(page1.get("page").asInt()).isEqualTo(1);
    List<JsonNode> items = new ArrayList<>();
    page0.get("items").forEach(items::add);
    page1.get("items").forEach(items::add);
    assertThat(items).extracting(i -> i.get("requestId").asString())
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(items).extracting(i -> Instant.parse(i.get("requestedAt").asString()))
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void otherAgenciesNeitherReadNorList() {
    String id = recordOffice(companyKnownToCrm("Maison Dandoy"));
    for (String token : new String[] {staff("fin", "/finance", "analyst", "manager"),
        staff("ines", "/hub/impulse", "advisor"), staff("sam", "/steering", "manager")}) {
      assertThat(rest().get("/location-requests/" + id, token).statusCode()).isEqualTo(403);
      assertThat(rest().get("/location-requests", token).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void unknownRequestIsNotFound() {
    HttpResponse<String> response =
        rest().get("/location-requests/00000000-0000-4000-8000-000000000000", officer());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }
}
