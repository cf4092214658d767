package be.brussels.poles.financing.referral;

import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.GetReferralResponse;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc.ReferralServiceBlockingStub;
import be.brussels.poles.financing.application.StaffContact;
import be.brussels.poles.financing.application.Submission;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.grpc.ProtoMapping;
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
 * Reads the CRM referral behind an application (who referred the company: the adviser a
 * refusal's motivation must reach), on the user's behalf, with a deadline and the "crm" breaker.
 * Fallback: a CRM that does not answer leaves the referrer unknown (the referral id is kept and
 * the motivation event names it); NOT_FOUND is the user's mistake (422).
 */
public final class CrmReferrals {

  private static final Logger log = LoggerFactory.getLogger(CrmReferrals.class);

  private final ReferralServiceBlockingStub referrals;
  private final CircuitBreaker breaker;
  private final Duration deadline;

  public CrmReferrals(ReferralServiceBlockingStub referrals, CircuitBreaker breaker,
      Duration deadline) {
    this.referrals = referrals;
    this.breaker = breaker;
    this.deadline = deadline;
  }

  /** The referral with its referrer; the referrer is unknown when the CRM did not answer. */
  public Submission.Referral resolve(String referralId) {
    GetReferralRequest request = GetReferralRequest.newBuilder().setReferralId(referralId).build();
    try {
      GetReferralResponse response = breaker.executeSupplier(() -> referrals
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).getReferral(request));
      var referral = response.getReferral();
      return new Submission.Referral(referralId,
          Optional.of(ProtoMapping.fromProto(referral.getFromAgency(), "referral.from_agency")),
          new StaffContact(referral.getReferrer().getName(), referral.getReferrer().getEmail()));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND
          || e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
        throw new BusinessRuleException("referralId", "is not a referral the CRM shows you");
      }
      log.warn("CRM did not answer for referral {}: {}", referralId, e.getStatus());
      return unknownReferrer(referralId);
    } catch (CallNotPermittedException e) {
      return unknownReferrer(referralId);
    }
  }

  private static Submission.Referral unknownReferrer(String referralId) {
    return new Submission.Referral(referralId, Optional.empty(),
        new StaffContact("the referring adviser", ""));
  }
}
