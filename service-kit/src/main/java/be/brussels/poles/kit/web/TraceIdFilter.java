package be.brussels.poles.kit.web;

import be.brussels.poles.kit.trace.TraceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the trace id from the gateway's {@code traceparent} (or starts one) for the request's
 * logs, and writes one access line per request (health probes excepted).
 */
public class TraceIdFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger("access");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String traceId = TraceContext.traceIdOf(request.getHeader(TraceContext.TRACEPARENT));
    MDC.put(TraceContext.MDC_KEY, traceId);
    response.setHeader(TraceContext.RESPONSE_HEADER, traceId);
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (!request.getRequestURI().startsWith("/actuator/")) {
        log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(),
            response.getStatus(), (System.nanoTime() - start) / 1_000_000);
      }
      MDC.remove(TraceContext.MDC_KEY);
    }
  }
}
