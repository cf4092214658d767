package be.brussels.poles.gateway.routing;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RequestHeadersToBackendFilterTest {

	@Test
	void cookiesAndIdentityHeadersAreRemovedOtherHeadersKept() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/crm/x")
			.header(HttpHeaders.COOKIE, "POLES_SESSION=1")
			.header("x-user-id", "u")
			.header("X-User-Roles", "admin")
			.header("X-Agency", "/hub/1819")
			.header("X-Forwarded-User", "u")
			.header(HttpHeaders.AUTHORIZATION, "Bearer t")
			.header("Accept-Language", "fr-BE, nl-BE;q=0.8")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

		HttpHeaders forwarded = new RequestHeadersToBackendFilter().filter(exchange.getRequest().getHeaders(),
				exchange);

		assertThat(forwarded.headerNames()).containsExactlyInAnyOrder("Authorization", "Accept-Language",
				"traceparent");
		assertThat(forwarded.get("Accept-Language")).containsExactly("fr-BE, nl-BE;q=0.8");
	}

	@Test
	void responseSetCookieIsRemoved() {
		HttpHeaders fromService = new HttpHeaders();
		fromService.add(HttpHeaders.SET_COOKIE, "POLES_SESSION=x");
		fromService.add(HttpHeaders.CONTENT_TYPE, "application/json");

		HttpHeaders returned = new ResponseHeadersFromBackendFilter().filter(fromService,
				MockServerWebExchange.from(MockServerHttpRequest.get("/")));

		assertThat(returned.headerNames()).containsExactly("Content-Type");
	}

}
