package be.brussels.poles.gateway.ui;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The web UI's client-side routes are served index.html; the server's own paths keep their answers. */
class SinglePageAppRoutesIT extends GatewayIntegrationTest {

	@Test
	void aReloadedClientRouteGetsTheAppPageWithItsCsp() {
		for (String path : new String[] { "/companies/0403019261", "/companies/0403019261/guidance-files/new",
				"/guidance-files" }) {
			this.client.get()
				.uri(path)
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus().isOk()
				.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectHeader().value("Content-Security-Policy", (csp) -> assertThat(csp).contains("default-src 'self'"))
				.expectBody(String.class)
				.value((html) -> assertThat(html).contains("<div id=\"root\">"));
		}
	}

	@Test
	void apiPathsStayProblemJsonEvenWhenABrowserAsksForHtml() {
		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theLoginStartIsNotRewritten() {
		this.client.get()
			.uri("/oauth2/authorization/keycloak")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isFound()
			.expectHeader().value("Location", (location) -> assertThat(location).startsWith(IDP.issuer()));
	}

	@Test
	void aMissingFileIsNotFoundRatherThanThePage() {
		this.client.get()
			.uri("/assets/missing-file.js")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isNotFound();
		this.client.get().uri("/favicon-missing.png").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
	}

	@Test
	void onlyPageNavigationsAreRewritten() {
		this.client.get()
			.uri("/companies/0403019261")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus().isNotFound();
	}

}
