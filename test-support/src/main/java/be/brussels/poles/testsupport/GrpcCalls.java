package be.brussels.poles.testsupport;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.util.concurrent.TimeUnit;

/** Calling a service as a gRPC client would, with or without a bearer token. */
public final class GrpcCalls {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private GrpcCalls() {}

  /**
   * The stub with a five-second deadline and {@code token} as its bearer token (none when null),
   * sent as any client sends it: an {@code authorization} header.
   */
  public static <S extends AbstractStub<S>> S withToken(S stub, String token) {
    S bounded = stub.withDeadlineAfter(5, TimeUnit.SECONDS);
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
}
