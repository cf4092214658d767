package be.brussels.poles.kit.crm;

import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc.CompanyDirectoryServiceBlockingStub;
import be.brussels.poles.api.crm.v1.ResolveCompanyRequest;
import be.brussels.poles.api.crm.v1.ResolveCompanyResponse;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a pole asks the CRM who a company is, on behalf of the user (whose token the outgoing
 * interceptor relays), with a deadline and the CRM circuit breaker. The fallback is explicit: a
 * CRM that does not answer yields {@link CompanyLookup.Status#UNAVAILABLE}, never an exception.
 */
public final class CrmCompanyDirectory {

  private static final Logger log = LoggerFactory.getLogger(CrmCompanyDirectory.class);

  private final CompanyDirectoryServiceBlockingStub directory;
  private final CircuitBreaker breaker;
  private final Duration deadline;

  public CrmCompanyDirectory(CompanyDirectoryServiceBlockingStub directory, CircuitBreaker breaker,
      Duration deadline) {
    this.directory = directory;
    this.breaker = breaker;
    this.deadline = deadline;
  }

  public CompanyLookup resolve(EnterpriseNumber number) {
    ResolveCompanyRequest request =
        ResolveCompanyRequest.newBuilder().setEnterpriseNumber(ProtoMapping.toProto(number)).build();
    try {
      ResolveCompanyResponse response = breaker.executeSupplier(() -> directory
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .resolveCompany(request));
      return CompanyLookup.found(number, response.getCompany().getCompanyId(),
          response.getCompany().getName());
    } catch (StatusRuntimeException e) {
      Status.Code code = e.getStatus().getCode();
      if (code == Status.Code.NOT_FOUND) {
        return CompanyLookup.unknown(number);
      }
      if (code == Status.Code.PERMISSION_DENIED) {
        throw new AccessDeniedException("the CRM does not let this caller look the company up");
      }
      // Down, slow, broken or refusing the token: the pole goes on, unverified, and the journey
      // event catches up later. Never a 500 for the user.
      log.warn("CRM did not resolve {}: {}", number, e.getStatus());
      return CompanyLookup.unavailable(number);
    } catch (CallNotPermittedException e) {
      return CompanyLookup.unavailable(number);
    }
  }
}
