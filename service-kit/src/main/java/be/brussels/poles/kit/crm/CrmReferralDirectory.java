package be.brussels.poles.kit.crm;

import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.Referral;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc.ReferralServiceBlockingStub;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.security.Agency;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a pole reads a CRM referral on the user's behalf (the outgoing interceptor relays the
 * user's token, so the CRM shows only the referrals of the caller's agency), with a deadline and
 * the CRM circuit breaker. The fallback is explicit: a CRM that does not answer yields
 * {@link ReferralLookup.Status#UNAVAILABLE}; NOT_FOUND and INVALID_ARGUMENT yield UNKNOWN.
 */
public final class CrmReferralDirectory {

  private static final Logger log = LoggerFactory.getLogger(CrmReferralDirectory.class);

  private final ReferralServiceBlockingStub referrals;
  private final CircuitBreaker breaker;
  private final Duration deadline;

  public CrmReferralDirectory(ReferralServiceBlockingStub referrals, CircuitBreaker breaker,
      Duration deadline) {
    this.referrals = referrals;
    this.breaker = breaker;
    this.deadline = deadline;
  }

  public ReferralLookup resolve(String referralId) {
    GetReferralRequest request = GetReferralRequest.newBuilder().setReferralId(referralId).build();
    try {
      Referral referral = breaker.executeSupplier(() -> referrals
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).getReferral(request))
          .getReferral();
      return new ReferralLookup(referralId, ReferralLookup.Status.FOUND,
          Optional.of(EnterpriseNumber.parse(referral.getEnterpriseNumber().getValue())),
          agency(referral.getFromAgency()), agency(referral.getToAgency()),
          referral.getReferrer().getName(), referral.getReferrer().getEmail());
    } catch (StatusRuntimeException e) {
      Status.Code code = e.getStatus().getCode();
      if (code == Status.Code.NOT_FOUND || code == Status.Code.INVALID_ARGUMENT
          || code == Status.Code.PERMISSION_DENIED) {
        return ReferralLookup.unknown(referralId);
      }
      log.warn("CRM did not answer for referral {}: {}", referralId, e.getStatus());
      return ReferralLookup.unavailable(referralId);
    } catch (CallNotPermittedException e) {
      return ReferralLookup.unavailable(referralId);
    }
  }

  private static Optional<Agency> agency(be.brussels.poles.api.common.v1.Agency agency) {
    try {
      return Optional.of(ProtoMapping.fromProto(agency, "agency"));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }
}
