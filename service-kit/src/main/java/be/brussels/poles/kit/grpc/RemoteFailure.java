package be.brussels.poles.kit.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The circuit breakers' notion of failure: a remote service that is down, slow or broken.
 * A business answer (NOT_FOUND, INVALID_ARGUMENT, PERMISSION_DENIED...) means the service works
 * and must not open the breaker. Named in application.yml as {@code record-failure-predicate}.
 */
public final class RemoteFailure implements Predicate<Throwable> {

  private static final Set<Status.Code> FAILURES = Set.of(Status.Code.UNAVAILABLE,
      Status.Code.DEADLINE_EXCEEDED, Status.Code.INTERNAL, Status.Code.UNKNOWN,
      Status.Code.RESOURCE_EXHAUSTED, Status.Code.UNAUTHENTICATED);

  @Override
  public boolean test(Throwable throwable) {
    return !(throwable instanceof StatusRuntimeException e) || FAILURES.contains(e.getStatus().getCode());
  }
}
