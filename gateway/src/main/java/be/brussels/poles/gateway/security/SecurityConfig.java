package be.brussels.poles.gateway.security;

import java.net.URI;

import be.brussels.poles.gateway.problem.Problems;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

/**
 * One filter chain for both kinds of callers:
 * <ul>
 * <li>staff in a browser: OIDC login with Keycloak, a session cookie, CSRF protection with a cookie the UI reads
 * ({@code XSRF-TOKEN}, sent back as {@code X-XSRF-TOKEN}), RP-initiated logout;</li>
 * <li>partner systems: {@code Authorization: Bearer} JWTs checked against the realm's keys, issuer and the
 * {@code poles-gateway} audience (see {@code spring.security.oauth2.resourceserver.jwt.*}); exempt from CSRF because
 * a browser never attaches such a header on its own.</li>
 * </ul>
 * Everything the chain rejects is answered with problem+json, never with a redirect to a login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	/** Content security policy of the UI (no inline scripts or styles, no framing). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, Problems problems,
			ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients,
			@Value("${server.reactive.session.cookie.secure:false}") boolean secureCookies,
			@Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);

		http.authorizeExchange((exchanges) -> exchanges
			.pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.pathMatchers("/api/**").authenticated()
			// fallbacks are reached by internal forward only; other actuator endpoints are not for the public
			.pathMatchers("/fallback/**", "/actuator/**").denyAll()
			// the UI's static files
			.pathMatchers(HttpMethod.GET, "/**").permitAll()
			.pathMatchers(HttpMethod.HEAD, "/**").permitAll()
			.anyExchange().denyAll());

		http.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint)
			.accessDeniedHandler(accessDenied));

		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository(secureCookies))
			// the raw cookie value is expected in the header: a single-page UI copies it as is
			.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
			.requireCsrfProtectionMatcher(sessionStateChanges(sessionCookie))
			.accessDeniedHandler(accessDenied));
		http.addFilterAfter(new CsrfTokenMaterialiser(), SecurityWebFiltersOrder.CSRF);

		http.oauth2Login((login) -> login.authorizedClientRepository(authorizedClients)
			.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login=failed")));

		http.oauth2ResourceServer((resourceServer) -> resourceServer
			.jwt((jwt) -> jwt.jwtAuthenticationConverter(KeycloakAuthorities.jwtConverter()))
			.authenticationEntryPoint(entryPoint)
			.accessDeniedHandler(accessDenied));

		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutHandler((handlers) -> handlers.add(new WebSessionServerLogoutHandler()))
			.logoutSuccessHandler(oidcLogout(registrations)));

		// after login always land on the UI; no request is replayed from the session
		http.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()));
		http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable);
		http.formLogin(ServerHttpSecurity.FormLoginSpec::disable);

		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	GrantedAuthoritiesMapper keycloakAuthoritiesMapper() {
		return KeycloakAuthorities.oidcMapper();
	}

	private static CookieServerCsrfTokenRepository csrfTokenRepository(boolean secureCookies) {
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").secure(secureCookies).path("/"));
		return repository;
	}

	/**
	 * State-changing requests need a CSRF token when they could ride on a browser session: not from bearer callers
	 * (partner systems, who never use the session), and not without a session cookie (such a request is anonymous and
	 * gets 401, which is what an unauthenticated {@code /api/**} call must answer, rather than a CSRF 403).
	 */
	private static ServerWebExchangeMatcher sessionStateChanges(String sessionCookie) {
		return (exchange) -> CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange)
			.flatMap((result) -> (result.isMatch() && !BearerRequests.isBearer(exchange.getRequest())
					&& exchange.getRequest().getCookies().containsKey(sessionCookie)) ? MatchResult.match()
							: MatchResult.notMatch());
	}

	/** Ends the Keycloak session too, then Keycloak sends the browser back to the UI. */
	private static OidcClientInitiatedServerLogoutSuccessHandler oidcLogout(
			ReactiveClientRegistrationRepository registrations) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		handler.setLogoutSuccessUrl(URI.create("/"));
		handler.setRedirectStrategy(new JsonAwareRedirectStrategy());
		return handler;
	}

}
