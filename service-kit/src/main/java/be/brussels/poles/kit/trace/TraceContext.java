package be.brussels.poles.kit.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The trace id that follows one user request across gateway, REST and gRPC, in W3C
 * {@code traceparent} form. It lives in the logging MDC under {@value #MDC_KEY}, so every JSON log
 * line of the request carries it.
 */
public final class TraceContext {

  public static final String MDC_KEY = "traceId";
  public static final String TRACEPARENT = "traceparent";
  public static final String RESPONSE_HEADER = "X-Trace-Id";

  private static final Pattern TRACEPARENT_FORMAT =
      Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TraceContext() {}

  /** The trace id of an incoming {@code traceparent}, or a fresh one when absent or malformed. */
  public static String traceIdOf(String traceparent) {
    if (traceparent != null) {
      var matcher = TRACEPARENT_FORMAT.matcher(traceparent.strip());
      if (matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
        return matcher.group(1);
      }
    }
    return randomHex(16);
  }

  /** A {@code traceparent} for an outgoing call: same trace, new span. */
  public static String outgoingTraceparent(String traceId) {
    return "00-" + traceId + "-" + randomHex(8) + "-01";
  }

  /** The trace id of the current thread, if a request set one. */
  public static String current() {
    return MDC.get(MDC_KEY);
  }

  private static String randomHex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }
}
