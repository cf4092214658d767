package be.brussels.poles.kit.grpc;

import be.brussels.poles.kit.trace.TraceContext;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Puts the caller's trace id in the MDC around every callback of the call, since gRPC may run
 * them on different threads, and writes one access line per call (health checks excepted).
 */
public final class TraceServerInterceptor implements ServerInterceptor {

  private static final Logger log = LoggerFactory.getLogger("access");

  static final Metadata.Key<String> TRACEPARENT =
      Metadata.Key.of(TraceContext.TRACEPARENT, Metadata.ASCII_STRING_MARSHALLER);

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String traceId = TraceContext.traceIdOf(headers.get(TRACEPARENT));
    String method = call.getMethodDescriptor().getFullMethodName();
    long start = System.nanoTime();
    ServerCall<Q, R> logged = method.startsWith("grpc.health.") ? call
        : new SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            withTrace(traceId, () -> {
              log.info("grpc {} -> {} in {} ms", method, status.getCode(),
                  (System.nanoTime() - start) / 1_000_000);
              return null;
            });
            super.close(status, trailers);
          }
        };
    ServerCall.Listener<Q> delegate = withTrace(traceId, () -> next.startCall(logged, headers));
    return new SimpleForwardingServerCallListener<>(delegate) {
      @Override
      public void onMessage(Q message) {
        withTrace(traceId, () -> { super.onMessage(message); return null; });
      }

      @Override
      public void onHalfClose() {
        withTrace(traceId, () -> { super.onHalfClose(); return null; });
      }

      @Override
      public void onCancel() {
        withTrace(traceId, () -> { super.onCancel(); return null; });
      }

      @Override
      public void onComplete() {
        withTrace(traceId, () -> { super.onComplete(); return null; });
      }
    };
  }

  private static <T> T withTrace(String traceId, java.util.function.Supplier<T> action) {
    String previous = MDC.get(TraceContext.MDC_KEY);
    MDC.put(TraceContext.MDC_KEY, traceId);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        MDC.remove(TraceContext.MDC_KEY);
      } else {
        MDC.put(TraceContext.MDC_KEY, previous);
      }
    }
  }
}
