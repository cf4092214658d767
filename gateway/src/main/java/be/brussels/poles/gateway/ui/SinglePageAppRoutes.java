package be.brussels.poles.gateway.ui;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The web UI (module {@code ui}, served from {@code classpath:/static/}) routes on the client: a browser that opens or
 * reloads {@code /companies/0403019261} must get {@code index.html}, and the app then shows the screen. Only page
 * navigations are rewritten: GET or HEAD, asking for HTML, to a path without a file extension, outside the server's
 * own paths ({@code /api/**}, the OIDC login and logout, actuator, fallbacks, the built assets), which keep their
 * answers (problem+json for an unknown {@code /api} path, 404 for a missing file).
 */
@Component
class SinglePageAppRoutes implements WebFilter {

	static final String INDEX = "/index.html";

	private static final List<String> SERVER_PATHS = List.of("/api/", "/oauth2/", "/login/", "/logout", "/actuator/",
			"/fallback/", "/error", "/assets/");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!isPageNavigation(request)) {
			return chain.filter(exchange);
		}
		ServerHttpRequest index = request.mutate().path(INDEX).build();
		return chain.filter(exchange.mutate().request(index).build());
	}

	static boolean isPageNavigation(ServerHttpRequest request) {
		if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
			return false;
		}
		String path = request.getPath().pathWithinApplication().value();
		if (path.equals("/") || path.equals(INDEX) || SERVER_PATHS.stream().anyMatch(path::startsWith)) {
			return false;
		}
		String lastSegment = path.substring(path.lastIndexOf('/') + 1);
		if (lastSegment.contains(".")) {
			return false;
		}
		return request.getHeaders()
			.getAccept()
			.stream()
			.anyMatch((type) -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
	}

}
