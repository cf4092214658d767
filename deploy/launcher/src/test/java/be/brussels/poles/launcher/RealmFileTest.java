package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Static checks of deploy/keycloak/poles-realm.json (the Keycloak IT checks the tokens it produces). */
class RealmFileTest {

    private final JsonNode realm = JsonMapper.builder().build()
            .readTree(Repo.root().resolve(LocalPlatform.REALM_FILE).toFile());

    private JsonNode client(String clientId) {
        return stream(realm.path("clients")).filter(c -> c.path("clientId").asString().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> strings(JsonNode array) {
        return stream(array).map(JsonNode::asString).collect(Collectors.toList());
    }

    private List<String> audiences(String clientId) {
        return stream(client(clientId).path("protocolMappers"))
                .filter(m -> m.path("protocolMapper").asString().equals("oidc-audience-mapper"))
                .map(m -> m.path("config").path("included.client.audience").asString())
                .collect(Collectors.toList());
    }

    @Test
    void realmIsPolesWithBruteForceProtectionAndFiveMinuteTokens() {
        assertThat(realm.path("realm").asString()).isEqualTo("poles");
        assertThat(realm.path("sslRequired").asString()).isEqualTo("none");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    }

    @Test
    void agenciesAreGroupsAndRolesAreRealmRoles() {
        List<String> paths = new ArrayList<>();
        stream(realm.path("groups")).forEach(g -> {
            paths.add("/" + g.path("name").asString());
            stream(g.path("subGroups")).forEach(s -> paths.add("/" + g.path("name").asString() + "/"
                    + s.path("name").asString()));
        });
        assertThat(paths).containsExactlyInAnyOrder("/hub", "/hub/1819", "/hub/impulse", "/hub/atrium", "/hub/bie",
                "/finance", "/guarantee-fund", "/citydev", "/actiris", "/steering");
        assertThat(stream(realm.path("roles").path("realm")).map(r -> r.path("name").asString()))
                .containsExactlyInAnyOrder("intake", "advisor", "analyst", "committee", "kam", "manager", "auditor",
                        "admin", "service", "partner");
    }

    @Test
    void clientsHaveTheGrantsOfTheRuntimeContract() {
        JsonNode gateway = client("poles-gateway");
        assertThat(gateway.path("publicClient").asBoolean()).isFalse();
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("secret").asString()).isEqualTo("poles-gateway-secret");

        JsonNode cli = client("poles-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();

        for (String machine : List.of("partner-system", "crm-service", "guidance-service", "financing-service",
                "housing-service")) {
            JsonNode c = client(machine);
            assertThat(c.path("serviceAccountsEnabled").asBoolean()).as(machine).isTrue();
            assertThat(c.path("standardFlowEnabled").asBoolean()).as(machine).isFalse();
            assertThat(c.path("directAccessGrantsEnabled").asBoolean()).as(machine).isFalse();
            assertThat(c.path("publicClient").asBoolean()).as(machine).isFalse();
            assertThat(c.path("secret").asString()).isEqualTo(machine + "-secret");
        }
    }

    @Test
    void audienceMappersGiveTheAudiencesOfTheRuntimeContract() {
        List<String> staff = List.of("poles-gateway", "crm-service", "guidance-service", "financing-service",
                "housing-service");
        assertThat(audiences("poles-gateway")).containsExactlyInAnyOrderElementsOf(staff);
        assertThat(audiences("poles-cli")).containsExactlyInAnyOrderElementsOf(staff);
        assertThat(audiences("partner-system")).containsExactlyInAnyOrder("poles-gateway", "crm-service");
        assertThat(audiences("crm-service")).containsExactlyInAnyOrder("guidance-service", "financing-service",
                "housing-service");
        for (String pole : List.of("guidance-service", "financing-service", "housing-service")) {
            assertThat(audiences(pole)).containsExactly("crm-service");
        }
    }

    @Test
    void demoUsersMatchTheListPrintedByMakeRun() {
        Map<String, JsonNode> users = stream(realm.path("users")).filter(u -> !u.has("serviceAccountClientId"))
                .collect(Collectors.toMap(u -> u.path("username").asString(), u -> u));
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(
                DemoUsers.ALL.stream().map(DemoUsers.DemoUser::username).toList());
        for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
            JsonNode u = users.get(demo.username());
            assertThat(strings(u.path("groups"))).as(demo.username()).containsExactly(demo.group());
            assertThat(strings(u.path("realmRoles"))).as(demo.username()).contains(demo.role());
            assertThat(u.path("firstName").asString()).isEqualTo(demo.firstName());
            assertThat(u.path("lastName").asString()).isEqualTo(demo.lastName());
            assertThat(u.path("email").asString()).isEqualTo(demo.email());
            assertThat(u.path("credentials").get(0).path("value").asString()).isEqualTo(DemoUsers.PASSWORD);
        }
    }

    @Test
    void everyServiceAccountIsDeclaredWithItsRole() {
        Map<String, List<String>> accounts = stream(realm.path("users")).filter(u -> u.has("serviceAccountClientId"))
                .collect(Collectors.toMap(u -> u.path("serviceAccountClientId").asString(),
                        u -> strings(u.path("realmRoles"))));
        assertThat(accounts).containsOnlyKeys("partner-system", "crm-service", "guidance-service",
                "financing-service", "housing-service");
        assertThat(accounts.get("partner-system")).contains("partner").doesNotContain("service");
        accounts.forEach((client, roles) -> {
            if (!client.equals("partner-system")) {
                assertThat(roles).as(client).contains("service").doesNotContain("partner");
            }
        });
    }
}
