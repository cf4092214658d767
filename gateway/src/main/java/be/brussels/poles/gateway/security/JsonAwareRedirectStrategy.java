package be.brussels.poles.gateway.security;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.web.server.ServerWebExchange;

/**
 * Logout redirect that also works from {@code fetch()}: a script cannot follow a cross-origin 302 to Keycloak's
 * end-session endpoint, so a request that accepts JSON (and not HTML) gets {@code 202 Accepted} with the target in
 * {@code Location}, and the page navigates there itself. Browser navigations (form posts) still get a 302.
 */
final class JsonAwareRedirectStrategy implements ServerRedirectStrategy {

	private final ServerRedirectStrategy browserRedirect = new DefaultServerRedirectStrategy();

	@Override
	public Mono<Void> sendRedirect(ServerWebExchange exchange, URI location) {
		if (!wantsJson(exchange)) {
			return this.browserRedirect.sendRedirect(exchange, location);
		}
		return Mono.fromRunnable(() -> {
			exchange.getResponse().setStatusCode(HttpStatus.ACCEPTED);
			exchange.getResponse().getHeaders().setLocation(location);
		});
	}

	private static boolean wantsJson(ServerWebExchange exchange) {
		List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
		boolean json = accepted.stream()
			.anyMatch(type -> !type.isWildcardType() && MediaType.APPLICATION_JSON.isCompatibleWith(type));
		boolean html = accepted.stream().anyMatch(type -> !type.isWildcardType() && MediaType.TEXT_HTML.includes(type));
		return json && !html;
	}

}
