package be.brussels.poles.kit.security;

import be.brussels.poles.kit.error.AccessDeniedException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as every service authorises it: a staff member of an agency with roles, a
 * platform service account, or a partner system. Built only by {@link CallerClaims}.
 *
 * @param subject the token's {@code sub}
 * @param username {@code preferred_username}
 * @param displayName the person's name, or the username for machines
 * @param email may be empty
 * @param agency the staff member's agency; empty for machines
 * @param roles the realm roles the platform knows
 * @param clientId the OAuth2 client that obtained the token ({@code azp})
 */
public record Caller(
    String subject,
    String username,
    String displayName,
    String email,
    Optional<Agency> agency,
    Set<Role> roles,
    String clientId) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Role... wanted) {
    return Arrays.stream(wanted).anyMatch(roles::contains);
  }

  /** A platform service account (the four services' own clients). */
  public boolean isService() {
    return roles.contains(Role.SERVICE);
  }

  /** A person working for an agency (not a machine). */
  public boolean isStaff() {
    return agency.isPresent() && !isService() && !roles.contains(Role.PARTNER);
  }

  public boolean belongsTo(Agency candidate) {
    return agency.filter(candidate::equals).isPresent();
  }

  /** The staff member's agency, or a 403 when the caller has none. */
  public Agency requireAgency() {
    return agency.orElseThrow(() -> new AccessDeniedException("the caller belongs to no agency"));
  }

  /** Throws a 403 unless the caller has one of {@code wanted}. */
  public void requireAnyRole(Role... wanted) {
    if (!hasAnyRole(wanted)) {
      throw new AccessDeniedException("requires one of the roles " + Arrays.toString(wanted));
    }
  }
}
