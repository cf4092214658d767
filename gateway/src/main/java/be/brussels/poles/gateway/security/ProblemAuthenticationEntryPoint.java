package be.brussels.poles.gateway.security;

import be.brussels.poles.gateway.problem.Problems;
import be.brussels.poles.gateway.trace.TraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers 401 problem+json whenever authentication is missing or a bearer token is rejected. Never redirects to the
 * login page: the UI decides itself to send the user to {@code /oauth2/authorization/keycloak}.
 * <p>
 * The reason a token was rejected (expired, wrong issuer or audience, bad signature) is logged for operators but not
 * told to the caller, beyond the standard {@code error="invalid_token"}.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

	private final Problems problems;

	ProblemAuthenticationEntryPoint(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		// a bearer token was presented and failed validation (as opposed to no credentials at all)
		boolean tokenRejected = ex instanceof OAuth2AuthenticationException;
		String challenge = tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer";
		String detail = tokenRejected
				? "The bearer token was rejected: it is invalid, expired or not issued for this gateway."
				: "Authentication is required: log in, or send a bearer token.";
		if (tokenRejected) {
			try (var ignored = TraceIds.inMdc(exchange)) {
				log.info("Bearer token rejected: {}", ex.getMessage());
			}
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return this.problems.write(exchange, HttpStatus.UNAUTHORIZED, detail);
	}

}
