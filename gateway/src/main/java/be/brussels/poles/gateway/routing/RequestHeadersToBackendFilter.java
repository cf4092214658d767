package be.brussels.poles.gateway.routing;

import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Requests to a service lose {@code Cookie} (the session and CSRF cookies mean nothing to a service, and a session id
 * must not travel further) and every {@code X-User-*}, {@code X-Agency*} and {@code X-Forwarded-User} header, so that
 * a caller cannot pose as someone else to a service that would trust such headers. Services authorise on the relayed
 * token only.
 */
@Component
public class RequestHeadersToBackendFilter implements HttpHeadersFilter {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders filtered = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!isStripped(name)) {
				filtered.addAll(name, values);
			}
		});
		return filtered;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

	static boolean isStripped(String headerName) {
		String name = headerName.toLowerCase(Locale.ROOT);
		return name.equals("cookie") || name.startsWith("x-user-") || name.startsWith("x-agency")
				|| name.equals("x-forwarded-user");
	}

}
