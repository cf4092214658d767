package be.brussels.poles.gateway.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClientConfigTest {

	@Test
	void registrationGetsTheIssuerTheEndSessionEndpointAndPkceWithoutDiscovery() {
		ClientRegistration explicit = ClientRegistration.withRegistrationId("keycloak")
			.clientId("poles-gateway")
			.clientSecret("poles-gateway-secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri("http://kc/realms/poles/protocol/openid-connect/auth")
			.tokenUri("http://kc/realms/poles/protocol/openid-connect/token")
			.jwkSetUri("http://kc/realms/poles/protocol/openid-connect/certs")
			.build();

		ClientRegistration completed = KeycloakClientConfig.withKeycloakMetadata(explicit, "http://kc/realms/poles");

		assertThat(completed.getProviderDetails().getIssuerUri()).isEqualTo("http://kc/realms/poles");
		assertThat(completed.getProviderDetails().getConfigurationMetadata())
			.containsEntry("end_session_endpoint", "http://kc/realms/poles/protocol/openid-connect/logout");
		assertThat(completed.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(completed.getProviderDetails().getTokenUri()).isEqualTo(explicit.getProviderDetails().getTokenUri());
	}

}
