package be.brussels.poles.gateway.trace;

import org.slf4j.MDC;

import org.springframework.web.server.ServerWebExchange;

/** Where the current request's trace id is kept, for code that runs outside the {@link TraceWebFilter}. */
public final class TraceIds {

	/** Exchange attribute holding the 32-hex trace id. */
	public static final String ATTRIBUTE = TraceIds.class.getName() + ".traceId";

	/** MDC key (and JSON log field) of the trace id. */
	public static final String MDC_KEY = "traceId";

	/** Response header that echoes the trace id, so that a user can quote it. */
	public static final String RESPONSE_HEADER = "X-Trace-Id";

	private TraceIds() {
	}

	/** The trace id of the exchange, or {@code null} before the trace filter ran. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	/** Puts the exchange's trace id in the logging MDC until the returned handle is closed. */
	public static MDC.MDCCloseable inMdc(ServerWebExchange exchange) {
		String traceId = of(exchange);
		return MDC.putCloseable(MDC_KEY, (traceId != null) ? traceId : "-");
	}

}
