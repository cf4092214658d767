package be.brussels.poles.gateway.me;

import java.util.Map;

import be.brussels.poles.gateway.identity.Caller;
import be.brussels.poles.gateway.identity.CallerClaims;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/me}: who the caller is, for the UI (logged-in user: ID token and userinfo claims) and for partner
 * systems (bearer token claims). Anonymous callers never get here: security answers 401 for {@code /api/**}.
 */
@RestController
class MeController {

	@GetMapping("/api/me")
	Mono<Caller> me(Authentication authentication) {
		return Mono.justOrEmpty(claims(authentication))
			.map(CallerClaims::from)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
	}

	private static Map<String, Object> claims(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getTokenAttributes();
		}
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			return user.getClaims();
		}
		return null;
	}

}
