package be.brussels.poles.gateway.identity;

import java.util.List;

/**
 * Who is calling, as the UI and partner systems see it through {@code GET /api/me}.
 *
 * @param username Keycloak {@code preferred_username} (falls back to {@code sub})
 * @param name display name, or {@code null} for machine clients without one
 * @param email e-mail address, or {@code null}
 * @param agency the first agency group path (for example {@code /hub/impulse}), or {@code null} without one
 * @param agencies every agency group path of the caller, in token order (other groups left out)
 * @param roles the platform's staff and machine roles held, in the order of {@link CallerClaims#PLATFORM_ROLES}
 */
public record Caller(String username, String name, String email, String agency, List<String> agencies,
		List<String> roles) {
}
