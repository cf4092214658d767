package be.brussels.poles.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerClaimsTest {

  @Test
  void staffTokenBecomesAnAgencyWithItsKnownRoles() {
    Caller caller = CallerClaims.fromClaims(Map.of(
        "sub", "42", "preferred_username", "marc.advisor", "name", "Marc Peeters",
        "email", "marc@demo", "azp", "poles-gateway",
        "groups", List.of("/hub/impulse"),
        "realm_access", Map.of("roles", List.of("advisor", "offline_access", "default-roles-poles"))));

    assertThat(caller.agency()).contains(Agency.HUB_IMPULSE);
    assertThat(caller.roles()).containsExactly(Role.ADVISOR);
    assertThat(caller.isStaff()).isTrue();
    assertThat(caller.isService()).isFalse();
    assertThat(caller.displayName()).isEqualTo("Marc Peeters");
  }

  @Test
  void serviceAccountHasNoAgencyButTheServiceRole() {
    Caller caller = CallerClaims.fromClaims(Map.of("sub", "s", "azp", "guidance-service",
        "preferred_username", "service-account-guidance-service",
        "realm_access", Map.of("roles", List.of("service"))));

    assertThat(caller.isService()).isTrue();
    assertThat(caller.isStaff()).isFalse();
    assertThat(caller.agency()).isEmpty();
    assertThat(caller.clientId()).isEqualTo("guidance-service");
  }

  @Test
  void unknownGroupsAndMalformedClaimsGiveNoAgencyAndNoRoles() {
    Caller caller = CallerClaims.fromClaims(Map.of("sub", "x", "groups", "/hub/impulse",
        "realm_access", List.of("admin")));

    assertThat(caller.agency()).isEmpty();
    assertThat(caller.roles()).isEmpty();
    assertThat(CallerClaims.fromClaims(Map.of("sub", "y", "groups", List.of("/other")))
        .agency()).isEmpty();
  }
}
