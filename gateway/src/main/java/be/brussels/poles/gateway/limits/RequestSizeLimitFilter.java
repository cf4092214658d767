package be.brussels.poles.gateway.limits;

import be.brussels.poles.gateway.problem.Problems;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rejects request bodies above the limit ({@code poles.gateway.max-request-size}, 1 MB) with 413 problem+json, before
 * anything is sent to a service.
 * <p>
 * Spring Cloud Gateway's {@code RequestSize} filter is not used: it only looks at {@code Content-Length} (a chunked
 * body passes unchecked) and answers with an empty body. Here a declared length above the limit is refused at once;
 * a body without a declared length is read up to the limit and then forwarded with its length. Runs after Spring
 * Security, so an anonymous caller cannot make the gateway buffer anything.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

	private static final DataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

	/** Just after Spring Security's filter chain (-100). */
	public static final int ORDER = -90;

	private final Problems problems;

	private final long maxBytes;

	public RequestSizeLimitFilter(Problems problems,
			@Value("${poles.gateway.max-request-size:1MB}") DataSize maxRequestSize) {
		this.problems = problems;
		this.maxBytes = maxRequestSize.toBytes();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long declared = request.getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return tooLarge(exchange);
		}
		if (declared >= 0 || !mayHaveBody(request)) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(request.getBody(), (int) this.maxBytes)
			.map(RequestSizeLimitFilter::copyAndRelease)
			.defaultIfEmpty(new byte[0])
			.flatMap((body) -> chain.filter(exchange.mutate().request(withBody(request, body)).build()))
			.onErrorResume(DataBufferLimitException.class, (ex) -> tooLarge(exchange));
	}

	private Mono<Void> tooLarge(ServerWebExchange exchange) {
		return this.problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + DataSize.ofBytes(this.maxBytes).toKilobytes()
						+ " KB.");
	}

	private static boolean mayHaveBody(ServerHttpRequest request) {
		HttpMethod method = request.getMethod();
		return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
				|| HttpMethod.TRACE.equals(method));
	}

	private static byte[] copyAndRelease(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/** The same request with a fully read body and its length declared. */
	private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(request.getHeaders());
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		headers.setContentLength(body.length);
		return new ServerHttpRequestDecorator(request) {
			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(BUFFERS.wrap(body)));
			}
		};
	}

}
