package be.brussels.poles.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Recognises calls from partner systems: they authenticate with {@code Authorization: Bearer}, never a cookie. */
final class BearerRequests {

	private BearerRequests() {
	}

	static boolean isBearer(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
