package be.brussels.poles.kit.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where token claims become a {@link Caller}. Keycloak puts agencies in the
 * {@code groups} claim (full group paths) and roles in {@code realm_access.roles}; anything the
 * platform does not know (Keycloak's default roles, other groups) is ignored.
 */
public final class CallerClaims {

  private CallerClaims() {}

  public static Caller fromClaims(Map<String, Object> claims) {
    String subject = string(claims.get("sub"));
    String username = Optional.ofNullable(string(claims.get("preferred_username"))).orElse(subject);
    String name = Optional.ofNullable(string(claims.get("name"))).orElse(username);
    String email = Optional.ofNullable(string(claims.get("email"))).orElse("");
    return new Caller(subject, username, name, email, agency(claims), roles(claims),
        Optional.ofNullable(string(claims.get("azp"))).orElse(""));
  }

  /** The first group path that names an agency. A person belongs to one agency. */
  private static Optional<Agency> agency(Map<String, Object> claims) {
    if (!(claims.get("groups") instanceof Collection<?> groups)) {
      return Optional.empty();
    }
    return groups.stream()
        .map(CallerClaims::string)
        .filter(Objects::nonNull)
        .map(Agency::fromGroupPath)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Set<Role> roles(Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
        && realmAccess.get("roles") instanceof Collection<?> names) {
      names.stream().map(CallerClaims::string).filter(Objects::nonNull)
          .map(Role::fromRealmName).flatMap(Optional::stream).forEach(roles::add);
    }
    return roles;
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  /** Spring authority names for the roles, "ROLE_advisor" style. */
  public static List<String> authorities(Caller caller) {
    return caller.roles().stream().map(r -> "ROLE_" + r.realmName()).toList();
  }
}
