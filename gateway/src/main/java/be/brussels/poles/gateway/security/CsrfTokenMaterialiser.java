package be.brussels.poles.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Spring Security loads CSRF tokens lazily: the {@code XSRF-TOKEN} cookie is only written when something asks for
 * the token, and a single-page UI never does on the server side. This filter subscribes to the token on every
 * browser request so the cookie exists before the first POST. Partner calls (bearer) are skipped: they are exempt
 * from CSRF and should not receive cookies.
 */
final class CsrfTokenMaterialiser implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || BearerRequests.isBearer(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	}

}
