package be.brussels.poles.gateway.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Maps Keycloak token claims to the platform's agency and roles (the contract in {@code docs/runtime.md}): agencies are
 * the full group paths in the {@code groups} claim that name a platform agency, roles are the realm roles in
 * {@code realm_access.roles} that the platform knows. Anything else (Keycloak's default roles {@code offline_access},
 * {@code uma_authorization}, {@code default-roles-poles}; other groups) is ignored.
 * <p>
 * The shared kit's {@code be.brussels.poles.kit.security.CallerClaims} is the reference mapping for the services; the
 * gateway keeps this copy because the kit also carries gRPC code, and no gRPC jar may reach the gateway's class path.
 * Keep both in step (agency paths: the kit's {@code Agency} enum).
 */
public final class CallerClaims {

	/** Staff roles, then machine roles. */
	public static final List<String> PLATFORM_ROLES = List.of("intake", "advisor", "analyst", "committee", "kam",
			"manager", "auditor", "admin", "service", "partner");

	/** The Keycloak group paths of the platform's agencies. */
	public static final List<String> AGENCY_GROUPS = List.of("/hub/1819", "/hub/impulse", "/hub/atrium", "/hub/bie",
			"/finance", "/guarantee-fund", "/citydev", "/actiris", "/steering");

	private CallerClaims() {
	}

	/** The caller described by a set of claims (ID token + userinfo, or an access token). */
	public static Caller from(Map<String, Object> claims) {
		List<String> agencies = agencies(claims);
		return new Caller(username(claims), name(claims), text(claims.get("email")),
				agencies.isEmpty() ? null : agencies.get(0), agencies, roles(claims));
	}

	/** {@code preferred_username}, or {@code sub} when the token has none. */
	public static String username(Map<String, Object> claims) {
		String username = text(claims.get("preferred_username"));
		return (username != null) ? username : text(claims.get("sub"));
	}

	/** The platform roles in {@code realm_access.roles}, in {@link #PLATFORM_ROLES} order. */
	public static List<String> roles(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)) {
			return List.of();
		}
		List<String> held = strings(realmAccess.get("roles"));
		return PLATFORM_ROLES.stream().filter(held::contains).toList();
	}

	/** The agency group paths in the {@code groups} claim, in token order. */
	public static List<String> agencies(Map<String, Object> claims) {
		return strings(claims.get("groups")).stream().filter(AGENCY_GROUPS::contains).toList();
	}

	private static String name(Map<String, Object> claims) {
		String name = text(claims.get("name"));
		if (name != null) {
			return name;
		}
		String given = text(claims.get("given_name"));
		String family = text(claims.get("family_name"));
		if (given != null && family != null) {
			return given + " " + family;
		}
		return (given != null) ? given : family;
	}

	private static List<String> strings(Object value) {
		if (value instanceof String single) {
			return single.isBlank() ? List.of() : List.of(single);
		}
		if (!(value instanceof Collection<?> values)) {
			return List.of();
		}
		List<String> result = new ArrayList<>(values.size());
		for (Object item : values) {
			if (item instanceof String text && !text.isBlank() && !result.contains(text)) {
				result.add(text);
			}
		}
		return List.copyOf(result);
	}

	private static String text(Object value) {
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

}
