package be.brussels.poles.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Responses from a service lose {@code Set-Cookie}: a service cannot set or overwrite the gateway's cookies. */
@Component
public class ResponseHeadersFromBackendFilter implements HttpHeadersFilter {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders filtered = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
				filtered.addAll(name, values);
			}
		});
		return filtered;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.RESPONSE;
	}

}
