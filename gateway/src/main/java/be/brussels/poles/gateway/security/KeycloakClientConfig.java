package be.brussels.poles.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

/**
 * The Keycloak login client. Its endpoints are configured explicitly (application.yml) instead of through
 * {@code issuer-uri}, because Boot would then fetch Keycloak's discovery document at start-up and the gateway could
 * not start before Keycloak. Two things discovery would have given are added here:
 * <ul>
 * <li>the issuer, without which Spring Security does <em>not</em> check the ID token's {@code iss}
 * ({@code OidcIdTokenValidator} skips the check when the registration has no issuer URI);</li>
 * <li>the {@code end_session_endpoint}, which RP-initiated logout needs.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class KeycloakClientConfig {

	@Bean
	InMemoryReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
			@Value("${poles.issuer-uri}") String issuerUri) {
		List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
			.values()
			.stream()
			.map((registration) -> withKeycloakMetadata(registration, issuerUri))
			.toList();
		return new InMemoryReactiveClientRegistrationRepository(registrations);
	}

	static ClientRegistration withKeycloakMetadata(ClientRegistration registration, String issuerUri) {
		return ClientRegistration.withClientRegistration(registration)
			.issuerUri(issuerUri)
			.providerConfigurationMetadata(
					Map.of("end_session_endpoint", issuerUri + "/protocol/openid-connect/logout"))
			// PKCE (S256) on top of the client secret
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

	/**
	 * Login tokens live in the WebSession: they die with it at logout or expiry, never sit in a process-wide map, and
	 * a session store shared between replicas would carry them along.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	/**
	 * Used by the gateway's {@code TokenRelay} filter: returns the session's access token and refreshes it with the
	 * refresh token when it expires within the next minute (the provider's default clock skew).
	 */
	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

}
