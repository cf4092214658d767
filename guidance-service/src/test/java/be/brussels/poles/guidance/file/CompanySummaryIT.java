package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.guidance.v1.GuidanceFileSummary;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The guidance part of the CRM 360 view, over a real gRPC socket. */
class CompanySummaryIT extends GuidanceServiceITBase {

  private GetCompanySummaryResponse summary(String token, String enterpriseNumber) {
    return withToken(GuidanceServiceGrpc.newBlockingStub(channel()), token)
        .getCompanySummary(AccessIT.summaryOf(enterpriseNumber));
  }

  @Test
  void summaryListsTheCompanysOpenFilesNewestFirstWithTheHeadlineOnly() {
    String company = companyKnownToCrm("Summary SA");
    JsonNode creation = json(post(impulseAdvisor(), openBody(company, "CREATION", "confidential plan")));
    JsonNode retail = json(post(user("nora.atrium", "/hub/atrium", "advisor"),
        openBody(company, "ATRIUM_OPEN", null)));
    post(impulseAdvisor(), openBody(companyKnownToCrm("Someone Else"), "GROWTH", null));

    // the owning agency, another guidance agency, another pole and the CRM's service account
    for (String token : new String[] {impulseAdvisor(), user("lea", "/hub/1819", "intake"),
        user("fatima", "/finance", "analyst"),
        IDP.service("crm-service").audience("guidance-service").sign()}) {
      GetCompanySummaryResponse response = summary(token, company);

      assertThat(response.getOpenFilesList()).extracting(GuidanceFileSummary::getFileId)
          .containsExactly(retail.path("fileId").asString(), creation.path("fileId").asString());
      GuidanceFileSummary newest = response.getOpenFiles(0);
      assertThat(newest.getPackageType()).isEqualTo("ATRIUM_OPEN");
      assertThat(newest.getStage()).isEqualTo("OPEN");
      assertThat(newest.getAgency()).isEqualTo(Agency.AGENCY_HUB_ATRIUM);
      assertThat(newest.getAdviser().getName()).isEqualTo("nora.atrium");
      assertThat(newest.getAdviser().getEmail()).isEqualTo("nora.atrium@test.poles.brussels");
      assertThat(Instant.ofEpochSecond(newest.getOpenedAt().getSeconds(), newest.getOpenedAt().getNanos()))
          .isEqualTo(Instant.parse(retail.path("openedAt").asString()));
      assertThat(newest.getStageSince()).isEqualTo(newest.getOpenedAt());
      assertThat(newest.getPackageLabel()).isEqualTo("Atrium 'Open' package");
      GuidanceFileSummary older = response.getOpenFiles(1);
      assertThat(older.getPackageType()).isEqualTo("CREATION");
      // the creation package's collective follow-up is due a quarter after opening
      assertThat(older.getNextFollowUpOn()).isEqualTo(java.time.LocalDate.ofInstant(
          Instant.parse(creation.path("openedAt").asString()), java.time.ZoneId.of("Europe/Brussels"))
          .plusMonths(3).toString());
      assertThat(older.getPromotedFrom()).isEmpty();
      assertThat(older.getAgency()).isEqualTo(Agency.AGENCY_HUB_IMPULSE);
      // the contract carries the shared headline only: the note never leaves in a summary
      assertThat(response.toString()).doesNotContain("confidential plan");
    }
  }

  @Test
  void unknownCompanyGetsAnEmptySummaryInAnyNotation() {
    assertThat(summary(impulseAdvisor(), EnterpriseNumbers.fresh()).getOpenFilesList()).isEmpty();
  }

  @Test
  void invalidEnterpriseNumberIsInvalidArgument() {
    assertThatThrownBy(() -> summary(impulseAdvisor(), "0403019262"))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(e.getStatus().getDescription()).contains("enterprise_number");
        });
  }

  @Test
  void summaryFollowsStageChangesPromotionAndClosing() {
    String company = companyKnownToCrm("Moving SA");
    JsonNode file = json(post(impulseAdvisor(), openBody(company, "CREATION", null)));
    String path = "/guidance-files/" + file.path("fileId").asString();
    file = json(post(impulseAdvisor(), path + "/promotion",
        "{\"conditionsMet\":[\"BRUSSELS_ESTABLISHMENT\",\"GROWTH_SCENARIO\"],\"version\":1}"));
    assertThat(file.path("packageType").asString()).as(file.toString()).isEqualTo("GROWTH");

    GuidanceFileSummary promoted = summary(impulseAdvisor(), company).getOpenFiles(0);
    assertThat(promoted.getPackageType()).isEqualTo("GROWTH");
    assertThat(promoted.getStage()).isEqualTo("CANDIDATE");
    assertThat(promoted.getPromotedFrom()).isEqualTo("CREATION");
    assertThat(promoted.getNextFollowUpOn()).isEmpty();
    assertThat(Instant.ofEpochSecond(promoted.getStageSince().getSeconds(),
        promoted.getStageSince().getNanos())).isEqualTo(Instant.parse(file.path("stageSince").asString()));

    post(impulseAdvisor(), path + "/stage", "{\"stage\":\"CLOSED\",\"version\":"
        + file.path("version").asLong() + "}");
    assertThat(summary(impulseAdvisor(), company).getOpenFilesList()).isEmpty();
  }
}
