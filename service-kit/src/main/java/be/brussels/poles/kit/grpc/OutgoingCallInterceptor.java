package be.brussels.poles.kit.grpc;

import be.brussels.poles.kit.security.CurrentCaller;
import be.brussels.poles.kit.trace.TraceContext;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.Optional;

/**
 * Sends the current trace id on every outgoing call and, when the call carries no credentials of
 * its own, the end user's token (from the REST request or the gRPC call being served), so the
 * callee authorises with the real identity.
 */
public final class OutgoingCallInterceptor implements ClientInterceptor {

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(
      MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        String traceId = TraceContext.current();
        if (traceId != null) {
          headers.put(TraceServerInterceptor.TRACEPARENT, TraceContext.outgoingTraceparent(traceId));
        }
        if (options.getCredentials() == null
            && !headers.containsKey(GrpcAuthenticationInterceptor.AUTHORIZATION)) {
          userToken().ifPresent(token ->
              headers.put(GrpcAuthenticationInterceptor.AUTHORIZATION, "Bearer " + token));
        }
        super.start(listener, headers);
      }
    };
  }

  private static Optional<String> userToken() {
    return CurrentCaller.bearerToken().or(GrpcCaller::bearerToken);
  }
}
