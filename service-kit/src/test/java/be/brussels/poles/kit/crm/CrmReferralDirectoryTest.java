package be.brussels.poles.kit.crm;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.GetReferralResponse;
import be.brussels.poles.api.crm.v1.Referral;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every answer the CRM can give about a referral becomes a lookup, never an exception. */
class CrmReferralDirectoryTest {

  private InProcessGrpc grpc;

  @AfterEach
  void stop() {
    grpc.close();
  }

  @Test
  void aReferralIsFoundWithItsCompanyAgenciesAndReferrer() {
    ReferralLookup lookup = directoryAnswering(null).resolve("r-1");

    assertThat(lookup.status()).isEqualTo(ReferralLookup.Status.FOUND);
    assertThat(lookup.enterpriseNumber()).hasValueSatisfying(
        n -> assertThat(n.value()).isEqualTo("0403019261"));
    assertThat(lookup.fromAgency()).contains(be.brussels.poles.kit.security.Agency.HUB_IMPULSE);
    assertThat(lookup.toAgency()).contains(be.brussels.poles.kit.security.Agency.CITYDEV);
    assertThat(lookup.referrerName()).isEqualTo("Marc Dubois");
  }

  @ParameterizedTest
  @EnumSource(value = Status.Code.class, names = {"NOT_FOUND", "INVALID_ARGUMENT",
      "PERMISSION_DENIED"})
  void aReferralTheCallerMayNotSeeIsUnknown(Status.Code code) {
    assertThat(directoryAnswering(Status.fromCode(code)).resolve("r-1").status())
        .isEqualTo(ReferralLookup.Status.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(value = Status.Code.class, names = {"UNAVAILABLE", "DEADLINE_EXCEEDED", "INTERNAL",
      "UNIMPLEMENTED"})
  void aCrmThatIsDownSlowOrBrokenIsUnavailable(Status.Code code) {
    assertThat(directoryAnswering(Status.fromCode(code)).resolve("r-1").status())
        .isEqualTo(ReferralLookup.Status.UNAVAILABLE);
  }

  private CrmReferralDirectory directoryAnswering(Status failure) {
    grpc = InProcessGrpc.serving(new ReferralServiceGrpc.ReferralServiceImplBase() {
            @Override
            public void getReferral(GetReferralRequest request,
                StreamObserver<GetReferralResponse> response) {
              if (failure != null) {
                response.onError(failure.asRuntimeException());
                return;
              }
              response.onNext(GetReferralResponse.newBuilder().setReferral(Referral.newBuilder()
                  .setReferralId(request.getReferralId())
                  .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue("0403019261"))
                  .setFromAgency(Agency.AGENCY_HUB_IMPULSE).setToAgency(Agency.AGENCY_CITYDEV)
                  .setReferrer(Contact.newBuilder().setName("Marc Dubois"))).build());
              response.onCompleted();
            }
          });
    return new CrmReferralDirectory(ReferralServiceGrpc.newBlockingStub(grpc.channel()),
        CircuitBreaker.ofDefaults("crm"), Duration.ofSeconds(1));
  }
}
