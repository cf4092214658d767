package be.brussels.poles.guidance.intake;

import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc.ReferralServiceBlockingStub;
import be.brussels.poles.kit.error.DependencyUnavailableException;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The CRM's ReferralService (GetReferral) on the kit's CRM channel, with the user's token, a
 * deadline and the "crm" circuit breaker. NOT_FOUND and INVALID_ARGUMENT: the CRM does not show
 * that referral to the caller. No answer: a 503, since linking a referral can wait.
 */
public final class CrmReferralGrpcClient implements CrmReferrals {

  private final ReferralServiceBlockingStub stub;
  private final CircuitBreaker breaker;
  private final Duration deadline;
  private final Clock clock;

  public CrmReferralGrpcClient(ReferralServiceBlockingStub stub, CircuitBreaker breaker,
      Duration deadline, Clock clock) {
    this.stub = stub;
    this.breaker = breaker;
    this.deadline = deadline;
    this.clock = clock;
  }

  @Override
  public Optional<Orientation.CrmReferral> find(String referralId) {
    GetReferralRequest request = GetReferralRequest.newBuilder().setReferralId(referralId).build();
    try {
      var referral = breaker.executeSupplier(() -> stub
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).getReferral(request))
          .getReferral();
      return Optional.of(new Orientation.CrmReferral(referral.getReferralId(),
          referral.getEnterpriseNumber().getValue(),
          ProtoMapping.fromProto(referral.getFromAgency(), "referral.from_agency"),
          ProtoMapping.fromProto(referral.getToAgency(), "referral.to_agency"),
          referral.getState().name().replace("REFERRAL_STATE_", ""), clock.instant()));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND
          || e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT
          || e.getStatus().getCode() == Status.Code.PERMISSION_DENIED) {
        return Optional.empty();
      }
      throw new DependencyUnavailableException("the CRM did not answer about referral "
          + referralId + "; try again later", e);
    } catch (CallNotPermittedException e) {
      throw new DependencyUnavailableException("the CRM is unavailable; try again later", e);
    }
  }
}
