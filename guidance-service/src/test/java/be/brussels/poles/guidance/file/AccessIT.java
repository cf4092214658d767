package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.StatusRuntimeException;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad token is a 401 / UNAUTHENTICATED; a good token in the wrong hands a 403. */
class AccessIT extends GuidanceServiceITBase {

  /** Tokens no service may accept, by what is wrong with them (null: no token at all). */
  static Stream<Arguments> invalidTokens() {
    return Stream.of(
        Arguments.of("none", null),
        Arguments.of("expired",
            IDP.user("marc", "/hub/impulse", "advisor").audience(USER_AUDIENCES).expired().sign()),
        Arguments.of("wrong issuer", IDP.user("marc", "/hub/impulse", "advisor")
            .audience(USER_AUDIENCES).issuer("http://127.0.0.1:1/realms/other").sign()),
        Arguments.of("wrong audience", IDP.user("marc", "/hub/impulse", "advisor")
            .audience("poles-gateway", "crm-service").sign()),
        Arguments.of("forged",
            IDP.user("marc", "/hub/impulse", "advisor").audience(USER_AUDIENCES).forged().sign()),
        Arguments.of("garbage", "not.a.jwt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTokens")
  void invalidTokenIs401OnEveryRestPath(String why, String token) {
    String company = knownCompany("Token Test");
    for (HttpResponse<String> response : new HttpResponse[] {
        post(token, openBody(company, "CREATION", null)),
        get(token, "/guidance-files?enterpriseNumber=" + company),
        get(token, "/guidance-files/6f1c2a0e-8b7d-4c1e-9a55-0d1b2c3d4e5f")}) {
      assertThat(response.statusCode()).as(why).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    }
    assertThat(storedFilesOf(company)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTokens")
  void invalidTokenIsUnauthenticatedOnGrpc(String why, String token) {
    GuidanceServiceGrpc.GuidanceServiceBlockingStub stub =
        GuidanceServiceGrpc.newBlockingStub(grpc()).withDeadlineAfter(5, TimeUnit.SECONDS);
    if (token != null) {
      stub = stub.withCallCredentials(bearer(token));
    }
    GuidanceServiceGrpc.GuidanceServiceBlockingStub call = stub;
    assertThatThrownBy(() -> call.getCompanySummary(summaryOf("0403019261")))
        .as(why)
        .isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
  }

  @Test
  void staffOfAnotherPoleMayNeitherOpenNorReadFiles() {
    String company = knownCompany("Other Pole Test");
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
    String company = knownCompany("Role Test");
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
      assertThat(post(token, openBody(knownCompany("M"), "CREATION", null)).statusCode()).isEqualTo(403);
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
      assertThatThrownBy(() -> GuidanceServiceGrpc.newBlockingStub(grpc())
          .withCallCredentials(bearer(token)).withDeadlineAfter(5, TimeUnit.SECONDS)
          .getCompanySummary(summaryOf("0403019261")))
          .isInstanceOfSatisfying(StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
  }

  @Test
  void healthProbesNeedNoToken() {
    assertThat(get(null, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(get(null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get(null, "/actuator/env").statusCode()).isEqualTo(401);
    HealthCheckResponse grpcHealth = HealthGrpc.newBlockingStub(grpc())
        .withDeadlineAfter(5, TimeUnit.SECONDS).check(HealthCheckRequest.getDefaultInstance());
    assertThat(grpcHealth.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  static GetCompanySummaryRequest summaryOf(String enterpriseNumber) {
    return GetCompanySummaryRequest.newBuilder()
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(enterpriseNumber)).build();
  }
}
