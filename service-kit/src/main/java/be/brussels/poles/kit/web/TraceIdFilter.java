package be.brussels.poles.kit.web;

import be.brussels.poles.kit.trace.TraceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the trace id from the gateway's {@code traceparent} (or starts one) for the request's logs. */
public class TraceIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String traceId = TraceContext.traceIdOf(request.getHeader(TraceContext.TRACEPARENT));
    MDC.put(TraceContext.MDC_KEY, traceId);
    response.setHeader(TraceContext.RESPONSE_HEADER, traceId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(TraceContext.MDC_KEY);
    }
  }
}
