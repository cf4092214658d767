package be.brussels.poles.crm.merge;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MergeIT extends CrmIntegrationTest {

  private final String manager = TOKENS.staff("/hub/impulse", "manager");

  private String register(String name) {
    String number = TestNumbers.fresh();
    assertThat(http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"" + name + "\"}").status())
        .isEqualTo(201);
    return number;
  }

  private Response merge(String token, String duplicate, String survivor, long version,
      long intoVersion) {
    return http.postJson("/companies/" + duplicate + "/merge", token,
        "{\"into\":\"" + survivor + "\",\"version\":" + version + ",\"intoVersion\":"
            + intoVersion + ",\"reason\":\"same shop registered twice\"}");
  }

  private static String uniqueName() {
    return "Maison " + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
  }

  @Test
  void aSecondRecordWithTheSameNameIsFlaggedAsAPossibleDuplicate() {
    String name = uniqueName();
    String first = register(name);

    Response second = http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\",\"name\":\"" + name.toUpperCase()
            + "\"}");

    assertThat(second.json().path("possibleDuplicates").findValuesAsString("enterpriseNumber"))
        .containsExactly(first);
  }

  @Test
  void mergingMovesTheJourneyRedirectsTheNumberAndUndoRestoresBoth() {
    String duplicate = register(uniqueName());
    String survivor = register(uniqueName());
    append("guidance-service", List.of(event(duplicate).build()));

    Response merged = merge(manager, duplicate, survivor, 1, 1);

    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().path("movedEvents").asLong()).isEqualTo(1);
    JsonNode redirected = http.get("/companies/" + duplicate, TOKENS.financeAnalyst()).json();
    assertThat(redirected.path("enterpriseNumber").asString()).isEqualTo(survivor);
    assertThat(redirected.path("mergedFrom").asString()).isEqualTo(duplicate);
    assertThat(http.get("/companies/" + survivor + "/journey", TOKENS.impulseAdvisor()).json()
        .path("items").findValuesAsString("type"))
        .containsExactlyInAnyOrder("guidance.file.opened", "crm.company.merged");
    assertThat(http.get("/companies?q=" + duplicate, TOKENS.impulseAdvisor()).json()
        .path("totalItems").asLong()).isZero();

    String mergeId = merged.json().path("mergeId").asString();
    Response undone = http.postJson("/merges/" + mergeId + "/undo", manager, "");

    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(undone.json().path("undoneBy").asString()).isNotBlank();
    assertThat(http.get("/companies/" + duplicate, TOKENS.financeAnalyst()).json()
        .path("enterpriseNumber").asString()).isEqualTo(duplicate);
    assertThat(http.get("/companies/" + duplicate + "/journey", TOKENS.impulseAdvisor()).json()
        .path("items").findValuesAsString("type")).containsExactly("guidance.file.opened");
    assertThat(http.postJson("/merges/" + mergeId + "/undo", manager, "").status())
        .isEqualTo(409);
  }

  @Test
  void otherServicesLearnTheRedirectWhenTheyResolveAMergedNumberOverGrpc() {
    String duplicate = register(uniqueName());
    String survivor = register(uniqueName());
    assertThat(merge(manager, duplicate, survivor, 1, 1).status()).isEqualTo(200);

    var answer = directory(TOKENS.service("financing-service")).resolveCompany(
        be.brussels.poles.api.crm.v1.ResolveCompanyRequest.newBuilder()
            .setEnterpriseNumber(number(duplicate)).build());

    assertThat(answer.getCompany().getEnterpriseNumber().getValue()).isEqualTo(survivor);
    assertThat(answer.getMergedFrom().getValue()).isEqualTo(duplicate);
    var direct = directory(TOKENS.service("financing-service")).resolveCompany(
        be.brussels.poles.api.crm.v1.ResolveCompanyRequest.newBuilder()
            .setEnterpriseNumber(number(survivor)).build());
    assertThat(direct.hasMergedFrom()).isFalse();
  }

  @Test
  void staleVersionsAlreadyMergedRecordsAndMergingIntoItselfAreRefused() {
    String duplicate = register(uniqueName());
    String survivor = register(uniqueName());

    assertThat(merge(manager, duplicate, survivor, 2, 1).status()).isEqualTo(409);
    assertThat(merge(manager, duplicate, duplicate, 1, 1).problemField()).isEqualTo("into");
    assertThat(merge(manager, duplicate, survivor, 1, 1).status()).isEqualTo(200);
    assertThat(merge(manager, duplicate, survivor, 2, 2).status()).isEqualTo(409);
    assertThat(merge(manager, "0403.019.262", survivor, 1, 1).problemField())
        .isEqualTo("enterpriseNumber");
  }

  @Test
  void onlyManagersAndAdministratorsOfPartnerAgenciesMerge() {
    String duplicate = register(uniqueName());
    String survivor = register(uniqueName());

    for (String token : new String[] {TOKENS.impulseAdvisor(), TOKENS.steeringManager(),
        TOKENS.partner(), TOKENS.service("crm-service")}) {
      assertThat(merge(token, duplicate, survivor, 1, 1).status()).isEqualTo(403);
    }
    assertThat(http.get("/merges", TOKENS.impulseAdvisor()).status()).isEqualTo(403);
    assertThat(merge(TOKENS.staff("/finance", "admin"), duplicate, survivor, 1, 1).status())
        .isEqualTo(200);
    assertThat(http.get("/merges?size=5", manager).json().path("items").size()).isPositive();
  }
}
