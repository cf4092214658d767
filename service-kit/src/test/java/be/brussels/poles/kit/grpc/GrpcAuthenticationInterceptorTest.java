package be.brussels.poles.kit.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.guidance.v1.GuidanceFileSummary;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.JwtDecoders;
import be.brussels.poles.kit.security.PolesSecurityProperties;
import be.brussels.poles.kit.security.Role;
import be.brussels.poles.testsupport.TestIdentityProvider;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of token against a method that only advisors may call. */
class GrpcAuthenticationInterceptorTest {

  static TestIdentityProvider idp;
  static Server server;
  static ManagedChannel channel;

  @BeforeAll
  static void start() throws Exception {
    idp = TestIdentityProvider.start();
    GrpcAccessPolicy policy = GrpcAccessPolicy.builder()
        .allow(GuidanceServiceGrpc.getGetCompanySummaryMethod(), c -> c.hasRole(Role.ADVISOR))
        .build();
    var decoder = JwtDecoders.forService(new PolesSecurityProperties(idp.issuer(), idp.jwksUri(),
        idp.tokenUri(), "guidance-service", "unused"));
    String name = InProcessServerBuilder.generateName();
    server = InProcessServerBuilder.forName(name).directExecutor()
        .addService(ServerInterceptors.intercept(new EchoCaller(),
            new GrpcAuthenticationInterceptor(decoder, policy)))
        .build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
  }

  @AfterAll
  static void stop() {
    channel.shutdownNow();
    server.shutdownNow();
    idp.close();
  }

  @Test
  void validTokenReachesTheServiceWithTheCallerSet() {
    String token = idp.user("marc", "/hub/impulse", "advisor").audience("guidance-service").sign();

    GetCompanySummaryResponse response = call(token);

    assertThat(response.getOpenFiles(0).getAdviser().getName()).isEqualTo("marc");
  }

  @Test
  void missingTokenIsUnauthenticated() {
    assertStatus(() -> GuidanceServiceGrpc.newBlockingStub(channel).getCompanySummary(request()),
        Status.Code.UNAUTHENTICATED);
  }

  @Test
  void expiredWrongIssuerWrongAudienceAndForgedTokensAreUnauthenticated() {
    String expired = idp.user("m", "/hub/impulse", "advisor").audience("guidance-service").expired().sign();
    String wrongIssuer = idp.user("m", "/hub/impulse", "advisor").audience("guidance-service")
        .issuer("http://evil.example/realms/poles").sign();
    String wrongAudience = idp.user("m", "/hub/impulse", "advisor").audience("crm-service").sign();
    String forged = idp.user("m", "/hub/impulse", "advisor").audience("guidance-service").forged().sign();

    for (String token : new String[] {expired, wrongIssuer, wrongAudience, forged, "not-a-jwt"}) {
      assertStatus(() -> call(token), Status.Code.UNAUTHENTICATED);
    }
  }

  @Test
  void validTokenWithoutTheRoleIsPermissionDenied() {
    String analyst = idp.user("f", "/finance", "analyst").audience("guidance-service").sign();

    assertStatus(() -> call(analyst), Status.Code.PERMISSION_DENIED);
  }

  @Test
  void methodWithoutARuleIsDenied() {
    GrpcAccessPolicy empty = GrpcAccessPolicy.builder().build();
    assertThat(empty.ruleFor(GuidanceServiceGrpc.getGetCompanySummaryMethod().getFullMethodName()))
        .isEmpty();
  }

  @Test
  void invalidInputBecomesInvalidArgumentWithFieldViolations() {
    var status = new GrpcErrors().handleException(
        new be.brussels.poles.kit.error.InvalidInputException("events[2].headline", "is required"));

    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    com.google.rpc.Status details = io.grpc.protobuf.StatusProto.fromThrowable(status);
    assertThat(details.getDetails(0).is(com.google.rpc.BadRequest.class)).isTrue();
    assertThat(status.getStatus().getDescription()).contains("events[2].headline is required");
  }

  @Test
  void unexpectedErrorsAreInternalWithoutTheirMessage() {
    var status = new GrpcErrors().handleException(new NullPointerException("secret detail"));

    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
    assertThat(status.getStatus().getDescription()).doesNotContain("secret");
  }

  private static GetCompanySummaryResponse call(String token) {
    Metadata headers = new Metadata();
    headers.put(GrpcAuthenticationInterceptor.AUTHORIZATION, "Bearer " + token);
    return GuidanceServiceGrpc.newBlockingStub(channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
        .getCompanySummary(request());
  }

  private static GetCompanySummaryRequest request() {
    return GetCompanySummaryRequest.newBuilder()
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue("0403019261")).build();
  }

  private static void assertStatus(Runnable call, Status.Code code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class,
        e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
  }

  /** Answers with the caller's name as the adviser, proving the caller reached the service. */
  static final class EchoCaller extends GuidanceServiceGrpc.GuidanceServiceImplBase {
    @Override
    public void getCompanySummary(GetCompanySummaryRequest request,
        StreamObserver<GetCompanySummaryResponse> response) {
      Caller caller = GrpcCaller.get();
      response.onNext(GetCompanySummaryResponse.newBuilder().addOpenFiles(GuidanceFileSummary
          .newBuilder().setAdviser(be.brussels.poles.api.common.v1.Contact.newBuilder()
              .setName(caller.username()))).build());
      response.onCompleted();
    }
  }
}
