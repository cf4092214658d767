package be.brussels.poles.gateway.routing;

import java.util.concurrent.TimeoutException;

import be.brussels.poles.gateway.problem.Problems;
import be.brussels.poles.gateway.trace.TraceIds;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The circuit breakers' fallback: 503 problem+json naming the service that is unavailable. Reached only by the
 * gateway's internal forward (security denies {@code /fallback/**} from outside).
 */
@RestController
class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	/** Matches {@code resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state}. */
	private static final String RETRY_AFTER_SECONDS = "10";

	private final Problems problems;

	private final RoutingProperties routing;

	FallbackController(Problems problems, RoutingProperties routing) {
		this.problems = problems;
		this.routing = routing;
	}

	@RequestMapping("/fallback/{service}")
	Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
		if (!this.routing.backends().containsKey(service)) {
			return this.problems.write(exchange, HttpStatus.NOT_FOUND, "There is nothing at this address.");
		}
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		try (var ignored = TraceIds.inMdc(exchange)) {
			log.warn("Service {} unavailable, answered by the fallback: {}", service,
					(cause != null) ? cause.toString() : "unknown cause");
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		return this.problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, detail(service, cause));
	}

	private static String detail(String service, Throwable cause) {
		String reason;
		if (cause instanceof CallNotPermittedException) {
			reason = "has failed repeatedly and is not called for a few seconds";
		}
		else if (cause instanceof BulkheadFullException) {
			reason = "is handling too many requests";
		}
		else if (cause instanceof TimeoutException) {
			reason = "did not answer in time";
		}
		else {
			reason = "cannot be reached or reported a failure";
		}
		return "The " + service + " service is unavailable: it " + reason + ". Try again shortly.";
	}

}
