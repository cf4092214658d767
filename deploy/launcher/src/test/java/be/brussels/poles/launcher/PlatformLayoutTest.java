package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The processes, ports and environment variables follow docs/runtime.md. */
class PlatformLayoutTest {

    private final Path repo = Path.of("/repo");

    @Test
    void defaultPortsAreThoseOfMakeRun() {
        LocalPlatform p = LocalPlatform.builder(repo).build();

        assertThat(p.port(LocalPlatform.GATEWAY)).isEqualTo(8080);
        assertThat(List.of(p.port("crm-service"), p.port("guidance-service"), p.port("financing-service"),
                p.port("housing-service"))).containsExactly(8081, 8082, 8083, 8084);
        assertThat(List.of(p.grpcPort("crm-service"), p.grpcPort("guidance-service"), p.grpcPort("financing-service"),
                p.grpcPort("housing-service"))).containsExactly(9081, 9082, 9083, 9084);
        assertThat(p.port(LocalPlatform.KEYCLOAK)).isEqualTo(8180);
        assertThat(p.keycloakManagementPort()).isEqualTo(9180);
        assertThat(p.port(LocalPlatform.MONGO)).isEqualTo(27018);
        assertThat(p.issuerUri()).isEqualTo("http://localhost:8180/realms/poles");
        assertThat(p.processNames()).containsExactlyElementsOf(LocalPlatform.PROCESSES);
    }

    @Test
    void anyFreePortsGivesEveryPortItsOwnValueExceptThoseFixed() {
        LocalPlatform p = LocalPlatform.builder(repo).anyFreePorts().port(LocalPlatform.GATEWAY, 18080).build();

        Set<Integer> all = new HashSet<>();
        for (String name : LocalPlatform.PROCESSES) {
            assertThat(all.add(p.port(name))).as("port of %s unique", name).isTrue();
        }
        for (String service : LocalPlatform.SERVICES) {
            assertThat(all.add(p.grpcPort(service))).isTrue();
        }
        assertThat(all.add(p.keycloakManagementPort())).isTrue();
        assertThat(p.port(LocalPlatform.GATEWAY)).isEqualTo(18080);
        assertThat(p.port(LocalPlatform.CRM)).isNotEqualTo(8081);
    }

    @Test
    void servicesGetTheEnvironmentOfTheRuntimeContract() {
        LocalPlatform p = LocalPlatform.builder(repo).anyFreePorts().build();
        String issuer = "http://localhost:" + p.port("keycloak") + "/realms/poles";

        Map<String, String> guidance = p.spec("guidance-service").environment();
        assertThat(guidance).containsEntry("SERVER_PORT", Integer.toString(p.port("guidance-service")))
                .containsEntry("GRPC_PORT", Integer.toString(p.grpcPort("guidance-service")))
                .containsEntry("MONGODB_URI", "mongodb://localhost:" + p.port("mongo") + "/guidance")
                .containsEntry("POLES_ISSUER_URI", issuer)
                .containsEntry("POLES_JWKS_URI", issuer + "/protocol/openid-connect/certs")
                .containsEntry("POLES_TOKEN_URI", issuer + "/protocol/openid-connect/token")
                .containsEntry("POLES_CLIENT_ID", "guidance-service")
                .containsEntry("POLES_CLIENT_SECRET", "guidance-service-secret")
                .containsEntry("CRM_GRPC_TARGET", "localhost:" + p.grpcPort("crm-service"));

        Map<String, String> crm = p.spec("crm-service").environment();
        assertThat(crm).containsEntry("MONGODB_URI", "mongodb://localhost:" + p.port("mongo") + "/crm")
                .containsEntry("GUIDANCE_GRPC_TARGET", "localhost:" + p.grpcPort("guidance-service"))
                .containsEntry("FINANCING_GRPC_TARGET", "localhost:" + p.grpcPort("financing-service"))
                .containsEntry("HOUSING_GRPC_TARGET", "localhost:" + p.grpcPort("housing-service"))
                .doesNotContainKey("CRM_GRPC_TARGET");

        // the jar of crm-service/target, copied at launch (a rebuild must not pull it from under the JVM)
        assertThat(p.spec("crm-service").command()).contains("-jar", "/repo/.local/run/jars/crm-service.jar");
        assertThat(p.spec("crm-service").dependsOn()).containsExactly("mongo");
        assertThat(p.spec("crm-service").health().target())
                .isEqualTo("http://localhost:" + p.port("crm-service") + "/actuator/health/readiness");
    }

    @Test
    void gatewayGetsItsLoginClientAndTheServiceUrlsAndStartsWithoutWaiting() {
        LocalPlatform p = LocalPlatform.builder(repo).build();

        Map<String, String> gateway = p.spec("gateway").environment();
        assertThat(gateway).containsEntry("SERVER_PORT", "8080")
                .containsEntry("GATEWAY_CLIENT_ID", "poles-gateway")
                .containsEntry("GATEWAY_CLIENT_SECRET", "poles-gateway-secret")
                .containsEntry("POLES_ISSUER_URI", "http://localhost:8180/realms/poles")
                .containsEntry("CRM_URL", "http://localhost:8081")
                .containsEntry("GUIDANCE_URL", "http://localhost:8082")
                .containsEntry("FINANCING_URL", "http://localhost:8083")
                .containsEntry("HOUSING_URL", "http://localhost:8084");
        assertThat(p.spec("gateway").dependsOn()).isEmpty();
    }

    @Test
    void keycloakStartsInDevModeWithTheRealmAndAHeapLimit() {
        LocalPlatform p = LocalPlatform.builder(repo).build();

        ProcessSpec kc = p.spec("keycloak");
        assertThat(kc.command()).containsSequence("/repo/.local/keycloak-26.7.3/bin/kc.sh", "start-dev",
                "--http-port", "8180", "--http-management-port", "9180", "--import-realm", "--db", "dev-mem");
        assertThat(kc.environment()).containsEntry("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        assertThat(kc.health().target()).isEqualTo("http://localhost:8180/realms/poles/.well-known/openid-configuration");
    }

    @Test
    void mongoUsesTheH2FileOnlyWhenAskedTo() {
        LocalPlatform memory = LocalPlatform.builder(repo).build();
        LocalPlatform file = LocalPlatform.builder(repo).mongoFile(Path.of("/repo/.local/data/mongo.mv.db")).build();

        assertThat(memory.spec("mongo").command()).endsWith("mongo", "--port", "27018");
        assertThat(file.spec("mongo").command()).endsWith("mongo", "--port", "27018", "--data",
                "/repo/.local/data/mongo.mv.db");
        assertThat(file.spec("mongo").health().target()).isEqualTo("tcp://localhost:27018");
        assertThat(memory.spec("mongo").command()).contains("-XX:TieredStopAtLevel=1");
        assertThat(LocalPlatform.builder(repo).mongoJvmOptions(List.of("-Xmx1g")).build().spec("mongo").command())
                .contains("-Xmx1g").doesNotContain("-XX:TieredStopAtLevel=1");
    }
}
