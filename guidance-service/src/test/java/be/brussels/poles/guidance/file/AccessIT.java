package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.testsupport.BadTokenContract;
import be.brussels.poles.testsupport.GrpcCalls;
import be.brussels.poles.testsupport.TokenMatrix;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad token is a 401 / UNAUTHENTICATED; a good token in the wrong hands a 403. */
class AccessIT extends GuidanceServiceITBase implements BadTokenContract {

  @Override
  public Map<String, String> badTokens() {
    return TokenMatrix.missingAndInvalidTokens(() -> IDP.user("marc", "/hub/impulse", "advisor"),
        List.of(USER_AUDIENCES), List.of("poles-gateway", "crm-service"));
  }

  /** Every REST path; nothing is stored. */
  @Override
  public List<HttpResponse<String>> restCallsWith(String token) {
    String company = companyKnownToCrm("Token Test");
    List<HttpResponse<String>> answers = List.of(
        post(token, openBody(company, "CREATION", null)),
        get(token, "/guidance-files?enterpriseNumber=" + company),
        get(token, "/guidance-files/6f1c2a0e-8b7d-4c1e-9a55-0d1b2c3d4e5f"),
        post(token, "/guidance-files/6f1c2a0e-8b7d-4c1e-9a55-0d1b2c3d4e5f/stage",
            "{\"stage\":\"CLOSED\",\"version\":1}"),
        get(token, "/follow-ups/overdue"),
        get(token, "/operators"),
        post(token, "/operators", "{\"name\":\"Token Test\",\"kind\":\"CONSULTANT\"}"));
    assertThat(storedFilesOf(company)).isZero();
    return answers;
  }

  @Override
  public Status.Code grpcCallWith(String token) {
    return summaryStatus(token);
  }

  @Test
  void staffOfAnotherPoleMayNeitherOpenNorReadFiles() {
    String company = companyKnownToCrm("Other Pole Test");
    for (String token : new String[] {user("fatima", "/finance", "analyst"),
        user("tom", "/citydev", "advisor"), user("ines", "/actiris", "kam"),
        user("sara", "/steering", "admin")}) {
      assertThat(post(token, openBody(company, "CREATION", null)).statusCode()).isEqualTo(403);
      assertThat(get(token, "/guidance-files?enterpriseNumber=" + company).statusCode()).isEqualTo(403);
    }
    assertThat(storedFilesOf(company)).isZero();
  }

  @Test
  void guidanceStaffWithoutAnOpeningRoleMayReadButNotOpen() {
    String company = companyKnownToCrm("Role Test");
    String auditor = user("aud", "/hub/impulse", "auditor");

    HttpResponse<String> refused = post(auditor, openBody(company, "CREATION", null));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).path("detail").asString()).contains("roles");
    assertThat(storedFilesOf(company)).isZero();
    assertThat(get(auditor, "/guidance-files?enterpriseNumber=" + company).statusCode()).isEqualTo(200);

    for (String role : new String[] {"advisor", "intake", "manager", "admin"}) {
      assertThat(post(user("u-" + role, "/hub/1819", role), openBody(company, "UNIVERSAL", null))
          .statusCode()).as(role).isEqualTo(201);
    }
  }

  @Test
  void machinesWithValidTokensAreRefusedOnRest() {
    String crmService = IDP.service("crm-service").audience("guidance-service").sign();
    String partner = IDP.service("partner-system").roles("partner").audience("guidance-service").sign();
    for (String token : new String[] {crmService, partner}) {
      assertThat(post(token, openBody(companyKnownToCrm("M"), "CREATION", null)).statusCode())
          .isEqualTo(403);
      assertThat(get(token, "/guidance-files").statusCode()).isEqualTo(403);
    }
  }

  @Test
  void summaryIsDeniedToSteeringPartnersAndOtherServices() {
    for (String token : new String[] {
        user("sara", "/steering", "auditor"),
        IDP.service("partner-system").roles("partner").audience("guidance-service").sign(),
        IDP.service("financing-service").audience("guidance-service").sign(),
        IDP.user("nobody", "/unknown", "advisor").audience(USER_AUDIENCES).sign()}) {
      assertThat(summaryStatus(token)).isEqualTo(Status.Code.PERMISSION_DENIED);
    }
  }

  @Test
  void healthProbesNeedNoToken() {
    assertProbesAnswerWithoutToken();
    assertThat(get(null, "/actuator/env").statusCode()).isEqualTo(401);
  }

  private Status.Code summaryStatus(String token) {
    return GrpcCalls.status(() -> withToken(GuidanceServiceGrpc.newBlockingStub(channel()),
        token).getCompanySummary(summaryOf("0403019261")));
  }

  static GetCompanySummaryRequest summaryOf(String enterpriseNumber) {
    return GetCompanySummaryRequest.newBuilder()
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(enterpriseNumber)).build();
  }
}
