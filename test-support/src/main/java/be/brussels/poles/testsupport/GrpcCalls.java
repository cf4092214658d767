package be.brussels.poles.testsupport;

import com.google.rpc.BadRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Calling a service as a gRPC client would, with or without a bearer token. */
public final class GrpcCalls {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private GrpcCalls() {}

  /**
   * The stub with a ten-second deadline (generous: test machines are shared and loaded) and
   * {@code token} as its bearer token (none when null), sent as any client sends it: an
   * {@code authorization} header.
   */
  public static <S extends AbstractStub<S>> S withToken(S stub, String token) {
    S bounded = stub.withDeadlineAfter(10, TimeUnit.SECONDS);
    if (token == null) {
      return bounded;
    }
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, "Bearer " + token);
    return bounded.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  /** The outcome of a blocking call: OK when it returns, otherwise the status it failed with. */
  public static Status.Code status(Runnable call) {
    try {
      call.run();
      return Status.Code.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode();
    }
  }

  /** The fields named in the error's {@code google.rpc.BadRequest} details. */
  public static List<String> violatedFields(StatusRuntimeException e) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    if (status == null) {
      return List.of();
    }
    return status.getDetailsList().stream()
        .filter(any -> any.is(BadRequest.class))
        .flatMap(any -> {
          try {
            return any.unpack(BadRequest.class).getFieldViolationsList().stream();
          } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new IllegalStateException(ex);
          }
        })
        .map(BadRequest.FieldViolation::getField)
        .toList();
  }
}
