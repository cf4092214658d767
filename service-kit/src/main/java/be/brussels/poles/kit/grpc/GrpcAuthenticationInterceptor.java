package be.brussels.poles.kit.grpc;

import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.CallerClaims;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Authenticates every gRPC call with the bearer token in its {@code authorization} metadata (the
 * end user's, relayed by the calling service, or a service account's) and authorises it against
 * the service's {@link GrpcAccessPolicy}. Health and reflection stay open for probes.
 */
public final class GrpcAuthenticationInterceptor implements ServerInterceptor {

  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Logger log = LoggerFactory.getLogger(GrpcAuthenticationInterceptor.class);

  private final JwtDecoder decoder;
  private final GrpcAccessPolicy policy;

  public GrpcAuthenticationInterceptor(JwtDecoder decoder, GrpcAccessPolicy policy) {
    this.decoder = decoder;
    this.policy = policy;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (method.startsWith("grpc.health.") || method.startsWith("grpc.reflection.")) {
      return next.startCall(call, headers);
    }
    String header = headers.get(AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return refuse(call, Status.UNAUTHENTICATED.withDescription("a bearer token is required"));
    }
    String token = header.substring(7).strip();
    Jwt jwt;
    try {
      jwt = decoder.decode(token);
    } catch (JwtException e) {
      log.info("gRPC call to {} refused: {}", method, e.getMessage());
      return refuse(call, Status.UNAUTHENTICATED.withDescription("invalid token"));
    }
    Caller caller = CallerClaims.fromClaims(jwt.getClaims());
    Predicate<Caller> rule = policy.ruleFor(method).orElse(c -> false);
    if (!rule.test(caller)) {
      log.info("gRPC call to {} denied for {}", method, caller.username());
      return refuse(call, Status.PERMISSION_DENIED.withDescription(
          "the caller may not invoke " + call.getMethodDescriptor().getBareMethodName()));
    }
    Context context = Context.current()
        .withValue(GrpcCaller.CALLER, caller)
        .withValue(GrpcCaller.TOKEN, token);
    return Contexts.interceptCall(context, call, headers, next);
  }

  private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, Status status) {
    call.close(status, new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
