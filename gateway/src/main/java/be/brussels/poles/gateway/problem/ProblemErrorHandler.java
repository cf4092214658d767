package be.brussels.poles.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import be.brussels.poles.gateway.trace.TraceIds;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every exception that escapes the gateway's own handling into a problem+json answer: never a stack trace,
 * never Boot's HTML/JSON whitelabel error. Runs before Boot's default handler (order -1) and is also called directly
 * by the trace filter.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

	private final Problems problems;

	public ProblemErrorHandler(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		Mapped mapped = map(ex);
		logFailure(exchange, mapped.status(), ex);
		return this.problems.write(exchange, mapped.status(), mapped.detail());
	}

	private record Mapped(HttpStatus status, String detail) {
	}

	private static Mapped map(Throwable ex) {
		if (ex instanceof ClientAuthorizationException || ex instanceof OAuth2AuthorizationException) {
			// the session's tokens could not be refreshed (refresh token expired or revoked, Keycloak restarted)
			return new Mapped(HttpStatus.UNAUTHORIZED, "Your session has expired. Log in again.");
		}
		if (ex instanceof AuthenticationException) {
			return new Mapped(HttpStatus.UNAUTHORIZED, "Authentication is required.");
		}
		if (ex instanceof AccessDeniedException) {
			return new Mapped(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
		}
		if (ex instanceof DataBufferLimitException) {
			return new Mapped(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
		}
		if (ex instanceof CallNotPermittedException || ex instanceof BulkheadFullException) {
			return new Mapped(HttpStatus.SERVICE_UNAVAILABLE, "The service is temporarily unavailable.");
		}
		if (ex instanceof TimeoutException) {
			return new Mapped(HttpStatus.GATEWAY_TIMEOUT, "The service did not answer in time.");
		}
		if (ex instanceof ConnectException) {
			return new Mapped(HttpStatus.BAD_GATEWAY, "The service could not be reached.");
		}
		if (ex instanceof ResponseStatusException rse) {
			HttpStatus status = resolve(rse.getStatusCode());
			return new Mapped(status, detailFor(status));
		}
		return new Mapped(HttpStatus.INTERNAL_SERVER_ERROR, detailFor(HttpStatus.INTERNAL_SERVER_ERROR));
	}

	private static HttpStatus resolve(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** Fixed texts: exception messages can name classes, hosts or files and are not shown to callers. */
	static String detailFor(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed.";
			case UNAUTHORIZED -> "Authentication is required.";
			case FORBIDDEN -> "You are not allowed to do this.";
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
			case NOT_ACCEPTABLE -> "No acceptable representation is available.";
			case CONTENT_TOO_LARGE -> "The request body is too large.";
			case UNSUPPORTED_MEDIA_TYPE -> "This content type is not supported here.";
			case BAD_GATEWAY -> "The service could not be reached.";
			case SERVICE_UNAVAILABLE -> "The service is temporarily unavailable.";
			case GATEWAY_TIMEOUT -> "The service did not answer in time.";
			default -> status.is5xxServerError() ? "An unexpected error occurred in the gateway."
					: "The request could not be processed.";
		};
	}

	private static void logFailure(ServerWebExchange exchange, HttpStatus status, Throwable ex) {
		try (var ignored = TraceIds.inMdc(exchange)) {
			if (status.is5xxServerError()) {
				log.error("Request failed with {}", status.value(), ex);
			}
			else if (log.isDebugEnabled()) {
				log.debug("Request answered {}: {}", status.value(), ex.toString());
			}
		}
	}

}
