package be.brussels.poles.kit.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.crm.v1.Company;
import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc;
import be.brussels.poles.api.crm.v1.ResolveCompanyRequest;
import be.brussels.poles.api.crm.v1.ResolveCompanyResponse;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every answer the CRM can give becomes a lookup result or a 403, never an unexpected error. */
class CrmCompanyDirectoryTest {

  private static final EnterpriseNumber NUMBER = EnterpriseNumber.parse("0403019261");
  private InProcessGrpc grpc;

  @AfterEach
  void stop() {
    grpc.close();
  }

  @Test
  void aKnownCompanyIsFoundWithItsName() {
    CompanyLookup lookup = directoryAnswering(null).resolve(NUMBER);

    assertThat(lookup.status()).isEqualTo(CompanyLookup.Status.FOUND);
    assertThat(lookup.name()).isEqualTo("Brasserie");
  }

  @Test
  void notFoundMeansUnknown() {
    assertThat(directoryAnswering(Status.NOT_FOUND).resolve(NUMBER).status())
        .isEqualTo(CompanyLookup.Status.UNKNOWN);
  }

  @Test
  void aRefusalOfTheCallerIsAnAccessDenial() {
    CrmCompanyDirectory directory = directoryAnswering(Status.PERMISSION_DENIED);

    assertThatThrownBy(() -> directory.resolve(NUMBER)).isInstanceOf(AccessDeniedException.class);
  }

  @ParameterizedTest
  @EnumSource(value = Status.Code.class, names = {"UNAVAILABLE", "DEADLINE_EXCEEDED", "INTERNAL",
      "UNKNOWN", "UNAUTHENTICATED", "RESOURCE_EXHAUSTED"})
  void aCrmThatIsDownSlowBrokenOrRefusesTheTokenIsUnavailable(Status.Code code) {
    assertThat(directoryAnswering(Status.fromCode(code)).resolve(NUMBER).status())
        .isEqualTo(CompanyLookup.Status.UNAVAILABLE);
  }

  @Test
  void anOpenBreakerAnswersUnavailableWithoutCallingTheCrm() {
    CircuitBreaker breaker = CircuitBreaker.of("crm", CircuitBreakerConfig.ofDefaults());
    breaker.transitionToOpenState();
    CrmCompanyDirectory directory = new CrmCompanyDirectory(
        CompanyDirectoryServiceGrpc.newBlockingStub(channelTo(null)), breaker, Duration.ofSeconds(1));

    assertThat(directory.resolve(NUMBER).status()).isEqualTo(CompanyLookup.Status.UNAVAILABLE);
  }

  private CrmCompanyDirectory directoryAnswering(Status failure) {
    return new CrmCompanyDirectory(CompanyDirectoryServiceGrpc.newBlockingStub(channelTo(failure)),
        CircuitBreaker.ofDefaults("crm"), Duration.ofSeconds(1));
  }

  private ManagedChannel channelTo(Status failure) {
    grpc = InProcessGrpc.serving(new CompanyDirectoryServiceGrpc.CompanyDirectoryServiceImplBase() {
            @Override
            public void resolveCompany(ResolveCompanyRequest request,
                StreamObserver<ResolveCompanyResponse> response) {
              if (failure != null) {
                response.onError(failure.asRuntimeException());
                return;
              }
              response.onNext(ResolveCompanyResponse.newBuilder().setCompany(Company.newBuilder()
                  .setCompanyId("c-1").setName("Brasserie")).build());
              response.onCompleted();
            }
          });
    return grpc.channel();
  }
}
