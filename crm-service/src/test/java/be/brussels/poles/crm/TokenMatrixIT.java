package be.brussels.poles.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.ListCompanyJourneyRequest;
import be.brussels.poles.api.crm.v1.ResolveCompanyRequest;
import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import be.brussels.poles.crm.support.Tokens;
import be.brussels.poles.testsupport.TestIdentityProvider;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of token on both transports: only a valid one gets in, and a valid one still needs
 * the right role (or agency) for what it asks.
 */
class TokenMatrixIT extends CrmIntegrationTest {

  private String number;

  @BeforeEach
  void knownCompany() {
    number = TestNumbers.fresh();
    assertThat(http.postJson("/companies", TOKENS.impulseAdvisor(),
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"Matrix SA\"}").status())
        .isEqualTo(201);
  }

  /** A token that must not get in, and why. */
  static Stream<Arguments> rejectedTokens() {
    return Stream.of(
        Arguments.of("none", (Function<TestIdentityProvider, String>) idp -> null),
        Arguments.of("expired", (Function<TestIdentityProvider, String>) idp ->
            advisor(idp).expired().sign()),
        Arguments.of("wrong issuer", (Function<TestIdentityProvider, String>) idp ->
            advisor(idp).issuer("http://127.0.0.1:1/realms/other").sign()),
        Arguments.of("wrong audience", (Function<TestIdentityProvider, String>) idp ->
            idp.user("advisor", "/hub/impulse", "advisor").audience("guidance-service").sign()),
        Arguments.of("no audience", (Function<TestIdentityProvider, String>) idp ->
            idp.user("advisor", "/hub/impulse", "advisor").sign()),
        Arguments.of("forged signature", (Function<TestIdentityProvider, String>) idp ->
            advisor(idp).forged().sign()),
        Arguments.of("not a JWT", (Function<TestIdentityProvider, String>) idp -> "not-a-jwt"));
  }

  private static TestIdentityProvider.TokenBuilder advisor(TestIdentityProvider idp) {
    return idp.user("advisor", "/hub/impulse", "advisor").audience(Tokens.AUDIENCE);
  }

  @Test
  void aValidTokenGetsInOnBothTransports() {
    assertThat(http.get("/companies/" + number, TOKENS.impulseAdvisor()).status()).isEqualTo(200);
    assertThat(directory(TOKENS.impulseAdvisor()).resolveCompany(ResolveCompanyRequest.newBuilder()
        .setEnterpriseNumber(number(number)).build()).getCompany().getName()).isEqualTo("Matrix SA");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedTokens")
  void restRefusesWith401(String kind, Function<TestIdentityProvider, String> token) {
    for (String path : List.of("/companies/" + number, "/companies/" + number + "/journey")) {
      Response response = http.get(path, token.apply(IDP));
      assertThat(response.status()).as(kind + " " + path).isEqualTo(401);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
    Response post = http.postJson("/companies", token.apply(IDP),
        "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\",\"name\":\"X\"}");
    assertThat(post.status()).as(kind + " POST").isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedTokens")
  void grpcRefusesWithUnauthenticated(String kind, Function<TestIdentityProvider, String> token) {
    assertStatus(() -> directory(token.apply(IDP)).resolveCompany(ResolveCompanyRequest
        .newBuilder().setEnterpriseNumber(number(number)).build()), Status.Code.UNAUTHENTICATED);
    assertStatus(() -> journey(token.apply(IDP)).listCompanyJourney(ListCompanyJourneyRequest
        .newBuilder().setEnterpriseNumber(number(number)).build()), Status.Code.UNAUTHENTICATED);
    assertStatus(() -> journey(token.apply(IDP)).appendJourneyEvents(AppendJourneyEventsRequest
        .newBuilder().addEvents(event(number)).build()), Status.Code.UNAUTHENTICATED);
  }

  @Test
  void aServiceTokenOfAnotherAudienceIsRefused() {
    String forGuidance = IDP.service("financing-service").audience("guidance-service").sign();
    assertStatus(() -> journey(forGuidance).appendJourneyEvents(AppendJourneyEventsRequest
        .newBuilder().addEvents(event(number)).build()), Status.Code.UNAUTHENTICATED);
  }

  @Test
  void aStaffMemberCallingAppendIsDenied() {
    assertStatus(() -> journey(TOKENS.staff("/hub/impulse", "admin")).appendJourneyEvents(
        AppendJourneyEventsRequest.newBuilder().addEvents(event(number)).build()),
        Status.Code.PERMISSION_DENIED);
  }

  @Test
  void aServiceClaimingAnotherPolesAgencyIsDenied() {
    assertStatus(() -> append("financing-service",
        List.of(event(number).setSourceAgency(Agency.AGENCY_CITYDEV).build())),
        Status.Code.PERMISSION_DENIED);
  }

  @Test
  void aStaffMemberWithoutACaseRoleMayNotRegister() {
    Response response = http.postJson("/companies", TOKENS.staff("/hub/impulse", "auditor"),
        "{\"enterpriseNumber\":\"" + TestNumbers.fresh() + "\",\"name\":\"X\"}");
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void aUserInNoAgencyMayReadNothing() {
    String drifter = IDP.user("drifter", "/elsewhere", "advisor").audience(Tokens.AUDIENCE).sign();
    assertThat(http.get("/companies/" + number, drifter).status()).isEqualTo(403);
    assertStatus(() -> directory(drifter).resolveCompany(ResolveCompanyRequest.newBuilder()
        .setEnterpriseNumber(number(number)).build()), Status.Code.PERMISSION_DENIED);
  }

  private static void assertStatus(Runnable call, Status.Code expected) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class,
        e -> assertThat(e.getStatus().getCode()).isEqualTo(expected));
  }
}
