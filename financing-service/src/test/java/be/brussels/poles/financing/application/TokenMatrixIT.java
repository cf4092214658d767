package be.brussels.poles.financing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc.FinancingServiceBlockingStub;
import be.brussels.poles.api.financing.v1.GetCompanySummaryRequest;
import be.brussels.poles.financing.FinancingIntegrationTest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who gets in, on REST and gRPC alike. */
class TokenMatrixIT extends FinancingIntegrationTest {

  /** Tokens that must never authenticate, by what is wrong with them. */
  private static Map<String, String> invalidTokens() {
    return Map.of(
        "expired", IDP.user("ana", "/finance", "analyst").audience("financing-service").expired()
            .sign(),
        "wrong issuer", IDP.user("ana", "/finance", "analyst").audience("financing-service")
            .issuer("http://127.0.0.1:1/realms/other").sign(),
        "wrong audience", IDP.user("ana", "/finance", "analyst").audience("crm-service").sign(),
        "forged", IDP.user("ana", "/finance", "analyst").audience("financing-service").forged()
            .sign(),
        "garbage", "not.a.jwt");
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
  void restRefusesMissingAndInvalidTokensWith401() {
    String body = applicationBody(companyKnownToCrm("Token Test"), "START_LOAN", "1000", "x");
    assertThat(post("/applications", null, body).statusCode()).isEqualTo(401);
    assertThat(get("/applications", null).statusCode()).isEqualTo(401);
    invalidTokens().forEach((what, token) -> {
      HttpResponse<String> posted = post("/applications", token, body);
      assertThat(posted.statusCode()).as(what).isEqualTo(401);
      assertThat(posted.headers().firstValue("WWW-Authenticate")).as(what).hasValue("Bearer");
      assertThat(get("/applications", token).statusCode()).as(what).isEqualTo(401);
    });
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
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(get("/actuator/env", analyst()).statusCode()).isIn(401, 403, 404);
    HealthCheckResponse grpcHealth = HealthGrpc.newBlockingStub(channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS).check(HealthCheckRequest.getDefaultInstance());
    assertThat(grpcHealth.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void grpcRefusesMissingAndInvalidTokensAsUnauthenticated() {
    assertThat(summaryStatus(null)).isEqualTo(Status.Code.UNAUTHENTICATED);
    invalidTokens().forEach((what, token) ->
        assertThat(summaryStatus(token)).as(what).isEqualTo(Status.Code.UNAUTHENTICATED));
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
    FinancingServiceBlockingStub stub = FinancingServiceGrpc.newBlockingStub(channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS);
    if (token != null) {
      stub = stub.withCallCredentials(bearer(token));
    }
    GetCompanySummaryRequest request = GetCompanySummaryRequest.newBuilder()
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue("0403019261")).build();
    try {
      stub.getCompanySummary(request);
      return Status.Code.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode();
    }
  }

  @Test
  void aCallWithoutTokenIsRefusedBeforeTheMethodRuns() {
    assertThatThrownBy(() -> FinancingServiceGrpc.newBlockingStub(channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS)
        .getCompanySummary(GetCompanySummaryRequest.getDefaultInstance()))
        .isInstanceOf(StatusRuntimeException.class)
        .extracting(e -> ((StatusRuntimeException) e).getStatus().getCode())
        .isEqualTo(Status.Code.UNAUTHENTICATED);
  }
}
