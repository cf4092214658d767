package be.brussels.poles.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.brussels.poles.gateway.identity.CallerClaims;
import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Keycloak realm roles become {@code ROLE_<role>} authorities, for bearer callers and for logged-in users alike, so
 * that gateway rules (if any are added) read the same for both.
 */
final class KeycloakAuthorities {

	private KeycloakAuthorities() {
	}

	static Collection<GrantedAuthority> fromClaims(Map<String, Object> claims) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String role : CallerClaims.roles(claims)) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		}
		return authorities;
	}

	/** Bearer tokens: principal name {@code preferred_username} (else {@code sub}), roles and scopes. */
	static Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtConverter() {
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		return (jwt) -> {
			Set<GrantedAuthority> authorities = new HashSet<>(scopes.convert(jwt));
			authorities.addAll(fromClaims(jwt.getClaims()));
			return Mono.just(new JwtAuthenticationToken(jwt, authorities, CallerClaims.username(jwt.getClaims())));
		};
	}

	/** Logged-in users: roles read from the ID token and userinfo claims. */
	static GrantedAuthoritiesMapper oidcMapper() {
		return (granted) -> {
			Set<GrantedAuthority> mapped = new HashSet<>(granted);
			for (GrantedAuthority authority : granted) {
				if (authority instanceof OidcUserAuthority oidc) {
					mapped.addAll(fromClaims(oidc.getAttributes()));
				}
			}
			return mapped;
		};
	}

}
