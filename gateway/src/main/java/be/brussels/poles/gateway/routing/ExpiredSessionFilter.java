package be.brussels.poles.gateway.routing;

import be.brussels.poles.gateway.problem.Problems;
import be.brussels.poles.gateway.trace.TraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Sits just outside {@code TokenRelay}: when a logged-in user's tokens can no longer be used (the refresh token was
 * rejected or expired, or the session holds no token), the session is ended and the call answered with 401
 * problem+json, so the UI offers a new login.
 * <p>
 * Without it, Spring Security's {@code OAuth2AuthorizationRequestRedirectWebFilter} would turn the
 * {@code ClientAuthorizationRequiredException} into a 302 to Keycloak, which a script calling {@code /api/**} cannot
 * follow (cross-origin), and the user would keep a session whose API calls all fail.
 */
@Component
public class ExpiredSessionFilter implements GatewayFilter {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionFilter.class);

	private final Problems problems;

	public ExpiredSessionFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return chain.filter(exchange)
			.onErrorResume(OAuth2AuthorizationException.class, (ex) -> sessionExpired(exchange, ex));
	}

	private Mono<Void> sessionExpired(ServerWebExchange exchange, OAuth2AuthorizationException ex) {
		try (var ignored = TraceIds.inMdc(exchange)) {
			log.info("Session tokens unusable ({}); session ended", ex.getError().getErrorCode());
		}
		return exchange.getSession()
			.flatMap(WebSession::invalidate)
			.then(this.problems.write(exchange, HttpStatus.UNAUTHORIZED, "Your session has expired. Log in again."));
	}

}
