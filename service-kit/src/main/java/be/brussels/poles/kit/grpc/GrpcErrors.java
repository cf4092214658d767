package be.brussels.poles.kit.grpc;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.DependencyUnavailableException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * Maps the platform's exceptions to gRPC status codes, with field violations as
 * {@code google.rpc.BadRequest} details. Anything unexpected is INTERNAL without its message, and
 * logged.
 */
public final class GrpcErrors implements GrpcExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GrpcErrors.class);

  @Override
  public StatusException handleException(Throwable exception) {
    if (exception instanceof StatusRuntimeException e) {
      return new StatusException(e.getStatus(), e.getTrailers());
    }
    if (exception instanceof StatusException e) {
      return e;
    }
    if (exception instanceof InvalidInputException e) {
      return invalidArgument(e);
    }
    Status status = statusOf(exception);
    if (status == null) {
      log.error("unexpected error in a gRPC call", exception);
      return Status.INTERNAL.withDescription("internal error").asException();
    }
    return status.withDescription(exception.getMessage()).asException();
  }

  private static Status statusOf(Throwable exception) {
    if (exception instanceof NotFoundException) {
      return Status.NOT_FOUND;
    }
    if (exception instanceof BusinessRuleException) {
      return Status.FAILED_PRECONDITION;
    }
    if (exception instanceof ConflictException) {
      return Status.ABORTED;
    }
    if (exception instanceof AccessDeniedException) {
      return Status.PERMISSION_DENIED;
    }
    if (exception instanceof DependencyUnavailableException) {
      return Status.UNAVAILABLE;
    }
    return null;
  }

  private static StatusException invalidArgument(InvalidInputException e) {
    BadRequest.Builder details = BadRequest.newBuilder();
    e.violations().forEach(v -> details.addFieldViolations(
        BadRequest.FieldViolation.newBuilder().setField(v.field()).setDescription(v.reason())));
    com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
        .setCode(Code.INVALID_ARGUMENT_VALUE)
        .setMessage(e.getMessage())
        .addDetails(Any.pack(details.build()))
        .build();
    return StatusProto.toStatusException(status);
  }
}
