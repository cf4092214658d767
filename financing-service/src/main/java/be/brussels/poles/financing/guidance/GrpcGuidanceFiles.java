package be.brussels.poles.financing.guidance;

import be.brussels.poles.api.guidance.v1.CheckOpenGuidanceFileRequest;
import be.brussels.poles.api.guidance.v1.CheckOpenGuidanceFileResponse;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc.GuidanceServiceBlockingStub;
import be.brussels.poles.api.guidance.v1.OpenGuidanceFileRef;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GuidanceFiles} over gRPC, on behalf of the user (the kit's outgoing interceptor relays
 * the user's token), with a deadline and the "guidance" circuit breaker. The fallback is
 * explicit: any failure, an open breaker or a refusal yields UNAVAILABLE, which holds the
 * application; nothing is ever approved because the guidance service was silent.
 */
public final class GrpcGuidanceFiles implements GuidanceFiles {

  private static final Logger log = LoggerFactory.getLogger(GrpcGuidanceFiles.class);

  private final GuidanceServiceBlockingStub guidance;
  private final CircuitBreaker breaker;
  private final Duration deadline;

  public GrpcGuidanceFiles(GuidanceServiceBlockingStub guidance, CircuitBreaker breaker,
      Duration deadline) {
    this.guidance = guidance;
    this.breaker = breaker;
    this.deadline = deadline;
  }

  @Override
  public GuidanceCheck check(EnterpriseNumber company) {
    CheckOpenGuidanceFileRequest request = CheckOpenGuidanceFileRequest.newBuilder()
        .setEnterpriseNumber(ProtoMapping.toProto(company)).build();
    try {
      CheckOpenGuidanceFileResponse response = breaker.executeSupplier(() -> guidance
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .checkOpenGuidanceFile(request));
      if (!response.getHasOpenFile()) {
        return new GuidanceCheck(GuidanceCheck.Status.NONE, List.of(), List.of());
      }
      List<OpenGuidanceFileRef> files = response.getOpenFilesList();
      return new GuidanceCheck(GuidanceCheck.Status.OPEN,
          files.stream().map(f -> f.getPackageType() + " file " + f.getFileId() + " ("
              + f.getAgency().name().replace("AGENCY_", "") + ", " + f.getStage() + ")").toList(),
          files.stream().flatMap(f -> f.getFinancingConditionsList().stream()).distinct()
              .toList());
    } catch (StatusRuntimeException e) {
      log.warn("guidance service did not answer for {}: {}", company, e.getStatus());
      return GuidanceCheck.unavailable();
    } catch (CallNotPermittedException e) {
      log.warn("guidance breaker open; {} held", company);
      return GuidanceCheck.unavailable();
    }
  }
}
