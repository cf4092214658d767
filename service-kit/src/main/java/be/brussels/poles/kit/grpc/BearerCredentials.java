package be.brussels.poles.kit.grpc;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Call credentials carrying a bearer token obtained at call time (for example a service token). */
public final class BearerCredentials extends CallCredentials {

  private final Supplier<String> token;

  public BearerCredentials(Supplier<String> token) {
    this.token = token;
  }

  @Override
  public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
    executor.execute(() -> {
      try {
        Metadata headers = new Metadata();
        headers.put(GrpcAuthenticationInterceptor.AUTHORIZATION, "Bearer " + token.get());
        applier.apply(headers);
      } catch (RuntimeException e) {
        applier.fail(Status.UNAUTHENTICATED.withDescription("no service token: " + e.getMessage())
            .withCause(e));
      }
    });
  }
}
