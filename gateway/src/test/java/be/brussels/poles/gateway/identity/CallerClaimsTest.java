package be.brussels.poles.gateway.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerClaimsTest {

	@Test
	void staffMemberGetsFirstGroupAsAgencyAndOnlyPlatformRolesInPlatformOrder() {
		Map<String, Object> claims = Map.of("sub", "f3c1", "preferred_username", "alice", "name", "Alice Martin",
				"email", "alice@impulse.brussels", "groups", List.of("/hub/impulse", "/steering"), "realm_access",
				Map.of("roles", List.of("offline_access", "manager", "default-roles-poles", "advisor",
						"uma_authorization")));

		Caller caller = CallerClaims.from(claims);

		assertThat(caller).isEqualTo(new Caller("alice", "Alice Martin", "alice@impulse.brussels", "/hub/impulse",
				List.of("/hub/impulse", "/steering"), List.of("advisor", "manager")));
	}

	@Test
	void groupsThatAreNotAgenciesAreIgnored() {
		Caller caller = CallerClaims.from(Map.of("preferred_username", "dave", "groups",
				List.of("/beta-testers", "/actiris", "/hub")));

		assertThat(caller.agency()).isEqualTo("/actiris");
		assertThat(caller.agencies()).containsExactly("/actiris");
	}

	@Test
	void machineClientWithoutGroupsOrNameFallsBackSensibly() {
		Caller caller = CallerClaims.from(Map.of("sub", "3d9a", "realm_access", Map.of("roles", List.of("service"))));

		assertThat(caller.username()).isEqualTo("3d9a");
		assertThat(caller.name()).isNull();
		assertThat(caller.agency()).isNull();
		assertThat(caller.agencies()).isEmpty();
		assertThat(caller.roles()).containsExactly("service");
	}

	@Test
	void nameIsBuiltFromGivenAndFamilyNameWhenAbsent() {
		Caller caller = CallerClaims.from(Map.of("preferred_username", "bob", "given_name", "Bob", "family_name",
				"Peeters"));

		assertThat(caller.name()).isEqualTo("Bob Peeters");
	}

	@Test
	void singleGroupAsStringAndMalformedRolesAreTolerated() {
		Map<String, Object> claims = Map.of("preferred_username", "carol", "groups", "/citydev", "realm_access",
				"not-a-map");

		Caller caller = CallerClaims.from(claims);

		assertThat(caller.agency()).isEqualTo("/citydev");
		assertThat(caller.roles()).isEmpty();
	}

}
