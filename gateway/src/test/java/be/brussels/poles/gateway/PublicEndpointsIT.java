package be.brussels.poles.gateway;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** What anyone may reach without logging in, and what nobody may reach from outside. */
class PublicEndpointsIT extends GatewayIntegrationTest {

	@Test
	void indexPageIsServedToAnonymousVisitorsWithACspAndAReadableCsrfCookie() {
		var result = this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader().value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"))
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<div id=\"root\">").contains("/oauth2/authorization/keycloak"))
			.returnResult();

		var xsrf = result.getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(xsrf).isNotNull();
		assertThat(xsrf.isHttpOnly()).isFalse();
		assertThat(xsrf.getValue()).isNotBlank();
	}

	@Test
	void indexHtmlScriptsAndStylesArePublic() {
		String html = this.client.get().uri("/index.html").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		// the UI's built files (module ui) have content-hashed names: take them from the page
		var assets = java.util.regex.Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(html).results()
			.map((match) -> match.group(1)).toList();
		assertThat(assets).anyMatch((path) -> path.endsWith(".js")).anyMatch((path) -> path.endsWith(".css"));
		for (String path : assets) {
			this.client.get().uri(path).exchange().expectStatus().isOk();
		}
	}

	@Test
	void livenessAndReadinessProbesArePublic() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void otherActuatorEndpointsAreClosedEvenToAuthenticatedCallers() {
		this.client.get()
			.uri("/actuator/env")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/actuator/gateway/routes")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void fallbackIsNotReachableFromOutside() {
		this.client.get()
			.uri("/fallback/crm")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownApiPathIs404ProblemNotAWhitelabelPage() {
		this.client.get()
			.uri("/api/nothing-here")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("about:blank")
			.jsonPath("$.title").isEqualTo("Not Found")
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.detail").isNotEmpty()
			.jsonPath("$.trace").doesNotExist()
			.jsonPath("$.exception").doesNotExist();
	}

}
