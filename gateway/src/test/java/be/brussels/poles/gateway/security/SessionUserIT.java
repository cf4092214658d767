package be.brussels.poles.gateway.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import be.brussels.poles.gateway.testsupport.BrowserLogin;
import be.brussels.poles.gateway.testsupport.BrowserLogin.Callback;
import be.brussels.poles.gateway.testsupport.BrowserLogin.Session;
import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import be.brussels.poles.gateway.testsupport.RecordingBackend.Recorded;
import be.brussels.poles.gateway.testsupport.StubIdentityProvider;
import be.brussels.poles.gateway.testsupport.StubIdentityProvider.TokenRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff in a browser: the real OIDC login against a stub Keycloak, then session-cookie calls with CSRF protection and
 * token relay to the services.
 */
class SessionUserIT extends GatewayIntegrationTest {

	private static final long FIVE_MINUTES = 300;

	private Session loginAsAdvisor(long accessTokenSeconds) {
		return BrowserLogin.login(this.client, IDP, "alice", List.of("/hub/impulse", "/steering"),
				List.of("advisor", "kam"), accessTokenSeconds);
	}

	@Test
	void loginExchangesTheCodeAsAConfidentialClientWithPkce() {
		loginAsAdvisor(FIVE_MINUTES);

		TokenRequest exchange = IDP.tokenRequests().get(0);
		assertThat(exchange.form()).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");
		String credentials = StubIdentityProvider.GATEWAY_CLIENT_ID + ":" + StubIdentityProvider.GATEWAY_CLIENT_SECRET;
		assertThat(exchange.authorization())
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
	}

	@Test
	void meDescribesTheLoggedInUserFromTheOidcClaims() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.username").isEqualTo("alice")
			.jsonPath("$.name").isEqualTo("Test alice")
			.jsonPath("$.email").isEqualTo("alice@example.brussels")
			.jsonPath("$.agency").isEqualTo("/hub/impulse")
			.jsonPath("$.agencies").isEqualTo(List.of("/hub/impulse", "/steering"))
			.jsonPath("$.roles").isEqualTo(List.of("advisor", "kam"));
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndNotRouted() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		this.client.post()
			.uri("/api/crm/companies/0403019261/journey")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(403)
			.jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("CSRF"));

		assertThat(CRM.drain()).isEmpty();
	}

	@Test
	void postWithWrongCsrfTokenIsForbidden() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		this.client.post()
			.uri("/api/crm/companies/0403019261/journey")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.header("X-XSRF-TOKEN", "not-" + session.xsrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isForbidden();

		assertThat(CRM.drain()).isEmpty();
	}

	@Test
	void postWithCsrfTokenIsRoutedWithTheRelayedAccessTokenAndWithoutCookies() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		this.client.post()
			.uri("/api/crm/companies/0403019261/journey")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.header("X-XSRF-TOKEN", session.xsrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"headline\":\"First meeting\"}")
			.exchange()
			.expectStatus().isOk();

		Recorded received = CRM.takeRequest();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.path()).isEqualTo("/companies/0403019261/journey");
		assertThat(received.header("Authorization")).isEqualTo("Bearer " + IDP.issuedAccessTokens().get(0));
		assertThat(received.hasHeader("Cookie")).isFalse();
		assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
	}

	@Test
	void accessTokenAboutToExpireIsRefreshedBeforeItIsRelayed() {
		// 30 s left is inside the one-minute margin, so the first relay refreshes
		Session session = loginAsAdvisor(30);

		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isOk();

		List<String> issued = IDP.issuedAccessTokens();
		assertThat(issued).hasSize(2);
		assertThat(IDP.tokenRequests()).extracting((request) -> request.form().get("grant_type"))
			.containsExactly("authorization_code", "refresh_token");
		assertThat(CRM.takeRequest().header("Authorization")).isEqualTo("Bearer " + issued.get(1));
	}

	@Test
	void rejectedRefreshEndsTheSessionWith401InsteadOfARedirectOrAFallback() {
		Session session = loginAsAdvisor(30);
		IDP.rejectRefresh(true);

		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().doesNotExist(HttpHeaders.LOCATION)
			.expectBody().jsonPath("$.detail").isEqualTo("Your session has expired. Log in again.");

		assertThat(CRM.drain()).isEmpty();
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void idTokenFromAnotherIssuerFailsTheLoginWithoutASession() {
		Callback callback = BrowserLogin.callback(this.client, IDP, "mallory", List.of("/hub/impulse"),
				List.of("admin"), FIVE_MINUTES, "http://127.0.0.1:1/realms/poles");

		assertThat(callback.status()).isEqualTo(HttpStatus.FOUND);
		assertThat(callback.location().toString()).isEqualTo("/?login=failed");
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.COOKIE, BrowserLogin.SESSION_COOKIE + "=" + callback.sessionId())
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void logoutFromScriptEndsTheSessionAndPointsToKeycloakEndSession() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		URI location = this.client.post()
			.uri("/logout")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.header("X-XSRF-TOKEN", session.xsrfToken())
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus().isAccepted()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation();

		assertThat(location.toString()).startsWith(IDP.issuer() + "/protocol/openid-connect/logout?");
		Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsKey("id_token_hint");
		assertThat(query.get("post_logout_redirect_uri"))
			.isIn("http://localhost:" + this.port + "/", "http%3A%2F%2Flocalhost%3A" + this.port + "%2F");
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void logoutFromAFormWithTheCsrfFieldIsARedirectToKeycloak() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		this.client.post()
			.uri("/logout")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + URLEncoder.encode(session.xsrfToken(), StandardCharsets.UTF_8))
			.exchange()
			.expectStatus().isFound()
			.expectHeader().value(HttpHeaders.LOCATION,
					(location) -> assertThat(location).startsWith(IDP.issuer() + "/protocol/openid-connect/logout?"));
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void logoutWithoutCsrfTokenIsForbiddenAndKeepsTheSession() {
		Session session = loginAsAdvisor(FIVE_MINUTES);

		this.client.post()
			.uri("/logout")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isForbidden();

		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.COOKIE, session.cookieHeader())
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void anonymousWriteWithoutSessionIs401NotACsrfRejection() {
		this.client.post()
			.uri("/api/crm/companies/0403019261/journey")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(CRM.drain()).isEmpty();
	}

	@Test
	void anonymousBrowserCallToTheApiIs401NotARedirectToTheLoginPage() {
		this.client.get()
			.uri("/api/me")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().doesNotExist(HttpHeaders.LOCATION);
	}

}
