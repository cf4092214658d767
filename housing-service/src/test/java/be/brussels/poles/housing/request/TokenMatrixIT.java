package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.housing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.housing.HousingIntegrationTest;
import be.brussels.poles.testsupport.BadTokenContract;
import be.brussels.poles.testsupport.GrpcCalls;
import be.brussels.poles.testsupport.TokenMatrix;
import com.mongodb.client.model.Filters;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets in, on REST and gRPC alike. */
class TokenMatrixIT extends HousingIntegrationTest implements BadTokenContract {

  @Override
  public Map<String, String> badTokens() {
    return TokenMatrix.missingAndInvalidTokens(() -> IDP.user("o", "/citydev", "advisor"),
        List.of("housing-service"), List.of("financing-service"));
  }

  @Override
  public List<HttpResponse<String>> restCallsWith(String token) {
    String body = officeBody(companyKnownToCrm("Token Test"), null);
    String id = "00000000-0000-4000-8000-000000000000";
    return List.of(rest().post("/location-requests", token, body),
        rest().get("/location-requests", token),
        rest().get("/location-requests/" + id + "/matches", token),
        rest().post("/location-requests/" + id + "/steps", token, "{}"),
        rest().get("/sites", token), rest().post("/sites", token, "{}"),
        rest().get("/sites/" + id + "/occupancy", token),
        rest().get("/units", token), rest().post("/units/" + id + "/leases", token, "{}"),
        rest().get("/leases", token), rest().get("/coworking-cheques", token),
        rest().post("/coworking-cheques", token, "{}"), rest().get("/cohorts", token),
        rest().post("/cohorts", token, "{}"));
  }

  @Override
  public Status.Code grpcCallWith(String token) {
    return summaryStatus(token);
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
    assertProbesAnswerWithoutToken();
    assertThat(rest().get("/actuator/health", null).statusCode()).isEqualTo(200);
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
    GetCompanySummaryRequest request = GetCompanySummaryRequest.newBuilder()
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue("0403019261")).build();
    return GrpcCalls.status(() ->
        withToken(HousingServiceGrpc.newBlockingStub(channel()), token).getCompanySummary(request));
  }
}
