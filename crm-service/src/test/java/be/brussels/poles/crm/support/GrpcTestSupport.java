package be.brussels.poles.crm.support;

import com.google.rpc.BadRequest;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for calling the service as a gRPC client would. */
public final class GrpcTestSupport {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private GrpcTestSupport() {}

  /** The stub with a bearer token (none when {@code token} is null) and a deadline. */
  public static <S extends AbstractStub<S>> S as(S stub, String token) {
    S withDeadline = stub.withDeadlineAfter(10, TimeUnit.SECONDS);
    if (token == null) {
      return withDeadline;
    }
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, "Bearer " + token);
    return withDeadline.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  /** The fields named in the error's google.rpc.BadRequest details. */
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
