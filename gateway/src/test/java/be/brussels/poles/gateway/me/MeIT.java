package be.brussels.poles.gateway.me;

import java.util.List;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** {@code GET /api/me} for bearer callers (logged-in users: see {@code SessionUserIT}). */
class MeIT extends GatewayIntegrationTest {

	@Test
	void staffBearerTokenGivesTheFirstAgencyAndOnlyThePlatformRoles() {
		String token = IDP.sign(IDP.staffClaims("bob", List.of("/finance", "/guarantee-fund"),
				List.of("committee", "analyst")));

		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.username").isEqualTo("bob")
			.jsonPath("$.name").isEqualTo("Test bob")
			.jsonPath("$.email").isEqualTo("bob@example.brussels")
			.jsonPath("$.agency").isEqualTo("/finance")
			.jsonPath("$.agencies").isEqualTo(List.of("/finance", "/guarantee-fund"))
			// platform order, Keycloak's default roles left out
			.jsonPath("$.roles").isEqualTo(List.of("analyst", "committee"));
	}

	@Test
	void partnerSystemHasNoAgencyAndThePartnerRole() {
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.username").isEqualTo("service-account-partner-system")
			.jsonPath("$.agency").doesNotExist()
			.jsonPath("$.agencies").isEmpty()
			.jsonPath("$.roles").isEqualTo(List.of("partner"));
	}

	@Test
	void anonymousCallerGets401Problem() {
		this.client.get()
			.uri("/api/me")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.status").isEqualTo(401);
	}

}
