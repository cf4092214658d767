package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.housing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc.HousingServiceBlockingStub;
import be.brussels.poles.housing.HousingIntegrationTest;
import com.mongodb.client.model.Filters;
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
class TokenMatrixIT extends HousingIntegrationTest {

  /** Tokens that must never authenticate, by what is wrong with them. */
  private static Map<String, String> invalidTokens() {
    return Map.of(
        "expired", IDP.user("o", "/citydev", "advisor").audience("housing-service").expired()
            .sign(),
        "wrong issuer", IDP.user("o", "/citydev", "advisor").audience("housing-service")
            .issuer("http://127.0.0.1:1/realms/other").sign(),
        "wrong audience", IDP.user("o", "/citydev", "advisor").audience("financing-service")
            .sign(),
        "forged", IDP.user("o", "/citydev", "advisor").audience("housing-service").forged()
            .sign(),
        "garbage", "not.a.jwt");
  }

  /** Valid tokens of callers who may neither record nor read location requests. */
  private static Map<String, String> forbidden() {
    return Map.of(
        "other agency", staff("fin", "/finance", "analyst", "manager"),
        "steering", staff("sam", "/steering", "manager"),
        "citydev without a role", staff("nora", "/citydev"),
        "partner system", IDP.user("partner", "/citydev", "partner")
            .audience("housing-service").sign(),
        "service account", IDP.service("crm-service").audience("housing-service").sign(),
        "no agency", IDP.user("lost", "/nowhere", "advisor").audience("housing-service").sign());
  }

  @Test
  void restRefusesMissingAndInvalidTokensWith401() {
    String body = officeBody(companyKnownToCrm("Token Test"), null);
    assertThat(rest().post("/location-requests", null, body).statusCode()).isEqualTo(401);
    assertThat(rest().get("/location-requests", null).statusCode()).isEqualTo(401);
    invalidTokens().forEach((what, token) -> {
      HttpResponse<String> posted = rest().post("/location-requests", token, body);
      assertThat(posted.statusCode()).as(what).isEqualTo(401);
      assertThat(posted.headers().firstValue("WWW-Authenticate")).as(what).hasValue("Bearer");
      assertThat(rest().get("/location-requests", token).statusCode()).as(what).isEqualTo(401);
    });
  }

  @Test
  void restRefusesWrongAgencyOrMissingRoleWith403() {
    String number = companyKnownToCrm("Role Test");
    String id = recordOffice(number);
    String body = officeBody(number, null);
    forbidden().forEach((who, token) -> {
      assertThat(rest().post("/location-requests", token, body).statusCode()).as(who)
          .isEqualTo(403);
      assertThat(rest().get("/location-requests/" + id, token).statusCode()).as(who)
          .isEqualTo(403);
    });
    // reading is for every citydev role; recording needs advisor, manager or admin
    String analyst = staff("ana", "/citydev", "analyst");
    assertThat(rest().get("/location-requests/" + id, analyst).statusCode()).isEqualTo(200);
    assertThat(rest().post("/location-requests", analyst, body).statusCode()).isEqualTo(403);
    for (String role : new String[] {"advisor", "manager", "admin"}) {
      assertThat(rest().post("/location-requests", staff("x", "/citydev", role), body)
          .statusCode()).as(role).isEqualTo(201);
    }
    assertThat(requests().countDocuments(Filters.eq("enterpriseNumber", number))).isEqualTo(4);
  }

  @Test
  void healthProbesNeedNoToken() {
    assertThat(rest().get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(rest().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(rest().get("/actuator/health", null).statusCode()).isEqualTo(200);
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
    assertThat(summaryStatus(IDP.user("partner", "/citydev", "partner")
        .audience("housing-service").sign())).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(summaryStatus(IDP.service("financing-service").audience("housing-service").sign()))
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(summaryStatus(staff("fin", "/finance", "analyst"))).isEqualTo(Status.Code.OK);
    assertThat(summaryStatus(IDP.service("crm-service").audience("housing-service").sign()))
        .isEqualTo(Status.Code.OK);
  }

  private Status.Code summaryStatus(String token) {
    HousingServiceBlockingStub stub = HousingServiceGrpc.newBlockingStub(channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS);
    if (token != null) {
      stub = stub.withCallCredentials(bearer(token));
    }
    try {
      stub.getCompanySummary(GetCompanySummaryRequest.newBuilder()
          .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue("0403019261")).build());
      return Status.Code.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode();
    }
  }
}
