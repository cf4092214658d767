package be.brussels.poles.financing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.financing.v1.GetCompanySummaryRequest;
import be.brussels.poles.financing.FinancingIntegrationTest;
import be.brussels.poles.testsupport.BadTokenContract;
import be.brussels.poles.testsupport.GrpcCalls;
import be.brussels.poles.testsupport.TokenMatrix;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets in, on REST and gRPC alike. */
class TokenMatrixIT extends FinancingIntegrationTest implements BadTokenContract {

  @Override
  public Map<String, String> badTokens() {
    return TokenMatrix.missingAndInvalidTokens(() -> IDP.user("ana", "/finance", "analyst"),
        List.of("financing-service"), List.of("crm-service"));
  }

  @Override
  public List<HttpResponse<String>> restCallsWith(String token) {
    String body = applicationBody(companyKnownToCrm("Token Test"), "START_LOAN", "1000", "x");
    String id = "0b7e1f6e-64a8-4d3b-9a55-5b0a4b1f2c3d";
    return List.of(post("/applications", token, body), get("/applications", token),
        post("/applications/" + id + "/transitions", token, "{\"action\":\"COMPLETE\",\"version\":1}"),
        get("/applications/" + id + "/loan", token),
        post("/applications/" + id + "/payments", token, "{}"),
        get("/products", token), post("/products/RESTART_LOAN/eligibility", token, "{}"),
        get("/portfolio", token), get("/portfolio/export", token),
        get("/guarantees", token), get("/guarantees/outstanding", token),
        post("/guarantees/" + id + "/decision", token, "{}"));
  }

  @Override
  public Status.Code grpcCallWith(String token) {
    return summaryStatus(token);
  }

  /** Valid tokens of callers who may not record or read applications. */
  private static Map<String, String> forbiddenStaff() {
    return Map.of(
        "other agency", staff("ines", "/hub/impulse", "advisor", "manager"),
        "steering", staff("sam", "/steering", "manager"),
        "financing staff without a role", staff("nora", "/finance"),
        "partner system", IDP.user("partner", "/finance", "partner")
            .audience("financing-service").sign(),
        "service account", IDP.service("crm-service").audience("financing-service").sign(),
        "no agency", IDP.user("lost", "/nowhere", "analyst").audience("financing-service").sign());
  }

  @Test
  void restRefusesWrongAgencyOrMissingRoleWith403() {
    String number = companyKnownToCrm("Role Test");
    String id = recordStartLoan(number);
    String body = applicationBody(number, "START_LOAN", "1000", "x");
    forbiddenStaff().forEach((who, token) -> {
      assertThat(post("/applications", token, body).statusCode()).as(who).isEqualTo(403);
      assertThat(get("/applications/" + id, token).statusCode()).as(who).isEqualTo(403);
      assertThat(get("/applications?enterpriseNumber=" + number, token).statusCode()).as(who)
          .isEqualTo(403);
    });
    // reading is for every financing role; recording needs analyst, advisor, manager or admin
    String intake = staff("ivo", "/finance", "intake");
    assertThat(get("/applications/" + id, intake).statusCode()).isEqualTo(200);
    assertThat(post("/applications", intake, body).statusCode()).isEqualTo(403);
    for (String role : new String[] {"analyst", "advisor", "manager", "admin"}) {
      assertThat(post("/applications", staff("x", "/finance", role), body).statusCode()).as(role)
          .isEqualTo(201);
    }
    assertThat(applications().countDocuments(
        com.mongodb.client.model.Filters.eq("enterpriseNumber", number))).isEqualTo(5);
  }

  @Test
  void healthProbesNeedNoToken() {
    assertProbesAnswerWithoutToken();
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(get("/actuator/env", analyst()).statusCode()).isIn(401, 403, 404);
  }

  @Test
  void grpcRefusesSteeringPartnersAndOtherServicesAsPermissionDenied() {
    assertThat(summaryStatus(staff("sam", "/steering", "manager")))
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(summaryStatus(IDP.user("partner", "/finance", "partner")
        .audience("financing-service").sign())).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(summaryStatus(IDP.service("guidance-service").audience("financing-service").sign()))
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(summaryStatus(IDP.user("lost", "/nowhere").audience("financing-service").sign()))
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    // and the ones who may
    assertThat(summaryStatus(staff("ines", "/hub/impulse", "advisor"))).isEqualTo(Status.Code.OK);
    assertThat(summaryStatus(IDP.service("crm-service").audience("financing-service").sign()))
        .isEqualTo(Status.Code.OK);
  }

  private Status.Code summaryStatus(String token) {
    GetCompanySummaryRequest request = GetCompanySummaryRequest.newBuilder()
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue("0403019261")).build();
    return GrpcCalls.status(() ->
        withToken(FinancingServiceGrpc.newBlockingStub(channel()), token).getCompanySummary(request));
  }

  @Test
  void aCallWithoutTokenIsRefusedBeforeTheMethodRuns() {
    assertThatThrownBy(() -> withToken(FinancingServiceGrpc.newBlockingStub(channel()), null)
        .getCompanySummary(GetCompanySummaryRequest.getDefaultInstance()))
        .isInstanceOf(StatusRuntimeException.class)
        .extracting(e -> ((StatusRuntimeException) e).getStatus().getCode())
        .isEqualTo(Status.Code.UNAUTHENTICATED);
  }
}
