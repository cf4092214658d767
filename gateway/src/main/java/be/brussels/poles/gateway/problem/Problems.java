package be.brussels.poles.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import be.brussels.poles.gateway.trace.TraceIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) for every error the gateway itself produces:
 * security rejections, size limits, fallbacks and unexpected failures. Bodies never carry stack traces or exception
 * messages; the trace id lets an operator find the matching log lines.
 */
@Component
public class Problems {

	/** RFC 9457 default type: the title is then the HTTP status phrase. */
	public static final String TYPE_BLANK = "about:blank";

	private final JsonMapper json;

	public Problems(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The body of a problem response, members in the RFC's order, plus the trace id. No {@code instance}: after a
	 * circuit-breaker fallback the request path is the internal forward, not what the caller asked for.
	 */
	public Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String detail) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", TYPE_BLANK);
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		String traceId = TraceIds.of(exchange);
		if (traceId != null) {
			body.put("traceId", traceId);
		}
		return body;
	}

	/**
	 * Writes the problem as the whole response. Returns an error when the response is already committed, so that the
	 * caller's error handling sees that nothing could be written.
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		return Mono.defer(() -> {
			ServerHttpResponse response = exchange.getResponse();
			if (response.isCommitted()) {
				return Mono.error(new IllegalStateException(
						"Response already committed; cannot write a " + status.value() + " problem"));
			}
			byte[] bytes = this.json.writeValueAsString(body(exchange, status, detail))
				.getBytes(StandardCharsets.UTF_8);
			response.setStatusCode(status);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			response.getHeaders().setContentLength(bytes.length);
			DataBuffer buffer = response.bufferFactory().wrap(bytes);
			return response.writeWith(Mono.just(buffer));
		});
	}

}
