package be.brussels.poles.gateway.trace;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import be.brussels.poles.gateway.problem.ProblemErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * First filter of every request: keeps the caller's W3C {@code traceparent} (or starts a trace), forwards it to the
 * backend, echoes the trace id as {@code X-Trace-Id} and writes one access-log line when the request ends.
 * <p>
 * It is a {@link WebFilter} rather than a gateway {@code GlobalFilter} on purpose: global filters only see requests
 * that reached a route, whereas the trace id and the access log must also cover what the gateway answers itself
 * (401 and 403 from security, 413, {@code /api/me}, static files). Because the request header is set here, before
 * routing, the proxied request carries it without a separate global filter.
 * <p>
 * Errors are rendered inside this filter (by the problem handler) so that the access log sees the final status; the
 * normal error-handler chain would only run after this filter has finished.
 */
@Component
public class TraceWebFilter implements WebFilter, Ordered {

	/** Before Spring Security (-100) and everything else. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/** Same logger name as the services' access lines (service kit), so one query finds them all. */
	private static final Logger ACCESS_LOG = LoggerFactory.getLogger("access");

	/** Identifiers in paths (enterprise numbers, national numbers) stay out of the logs. */
	private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d.]{4,}\\d");

	private final ProblemErrorHandler errorHandler;

	public TraceWebFilter(ProblemErrorHandler errorHandler) {
		this.errorHandler = errorHandler;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long start = System.nanoTime();
		ServerHttpRequest request = exchange.getRequest();
		TraceParent traceParent = TraceParent.parse(request.getHeaders().getFirst(TraceParent.HEADER))
			.orElseGet(() -> TraceParent.generate(ThreadLocalRandom.current()));
		String traceId = traceParent.traceId();
		exchange.getAttributes().put(TraceIds.ATTRIBUTE, traceId);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(TraceIds.RESPONSE_HEADER, traceId);
			return Mono.empty();
		});
		ServerWebExchange traced = exchange.mutate()
			.request(r -> r.headers(h -> h.set(TraceParent.HEADER, traceParent.header())))
			.build();
		return chain.filter(traced)
			.onErrorResume(ex -> this.errorHandler.handle(traced, ex))
			.doFinally(signal -> logAccess(traced, signal, traceId, start));
	}

	private void logAccess(ServerWebExchange exchange, SignalType signal, String traceId, long start) {
		String rawPath = exchange.getRequest().getPath().value();
		// health probes arrive every few seconds: logged at DEBUG, like the services' kit leaves them out
		boolean probe = rawPath.startsWith("/actuator/");
		if (probe ? !ACCESS_LOG.isDebugEnabled() : !ACCESS_LOG.isInfoEnabled()) {
			return;
		}
		long durationMs = (System.nanoTime() - start) / 1_000_000;
		HttpStatusCode statusCode = exchange.getResponse().getStatusCode();
		int status = (statusCode != null) ? statusCode.value() : 200;
		if (signal == SignalType.CANCEL) {
			status = 499; // client closed the connection before the answer was complete
		}
		String method = exchange.getRequest().getMethod().name();
		String path = maskIdentifiers(rawPath);
		try (MDC.MDCCloseable ignored = MDC.putCloseable(TraceIds.MDC_KEY, traceId)) {
			(probe ? ACCESS_LOG.atDebug() : ACCESS_LOG.atInfo())
				.addKeyValue("method", method)
				.addKeyValue("path", path)
				.addKeyValue("status", status)
				.addKeyValue("durationMs", durationMs)
				.log("{} {} {} {} ms", method, path, status, durationMs);
		}
	}

	static String maskIdentifiers(String path) {
		return LONG_NUMBER.matcher(path).replaceAll("{n}");
	}

}
