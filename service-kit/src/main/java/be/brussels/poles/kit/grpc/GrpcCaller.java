package be.brussels.poles.kit.grpc;

import be.brussels.poles.kit.security.Caller;
import io.grpc.Context;
import java.util.Optional;

/** The authenticated caller of the current gRPC call, set by {@link GrpcAuthenticationInterceptor}. */
public final class GrpcCaller {

  static final Context.Key<Caller> CALLER = Context.key("poles-caller");
  static final Context.Key<String> TOKEN = Context.key("poles-bearer-token");

  private GrpcCaller() {}

  /** The caller; every method that reaches a service implementation has one. */
  public static Caller get() {
    Caller caller = CALLER.get();
    if (caller == null) {
      throw new IllegalStateException("no authenticated gRPC caller in this context");
    }
    return caller;
  }

  /** The caller's raw bearer token, to act on its behalf towards another service. */
  public static Optional<String> bearerToken() {
    return Optional.ofNullable(TOKEN.get());
  }
}
