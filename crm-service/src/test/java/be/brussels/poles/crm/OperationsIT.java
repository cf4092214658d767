package be.brussels.poles.crm;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the platform's operators and probes rely on. */
class OperationsIT extends CrmIntegrationTest {

  @Test
  void livenessAndReadinessAnswerWithoutAToken() {
    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
      Response response = http.get(probe, null);
      assertThat(response.status()).as(probe).isEqualTo(200);
      assertThat(response.json().path("status").asString()).isEqualTo("UP");
    }
  }

  @Test
  void overallHealthIsUpAgainstTheEmbeddedDatabase() {
    // Boot's own Mongo indicator sends {hello: 1}, unknown to mongo-java-server, and would
    // report DOWN; the kit's ping-based one replaces it
    Response response = http.get("/actuator/health", null);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("status").asString()).isEqualTo("UP");
  }

  @Test
  void onlyHealthAndInfoAreExposed() {
    String admin = TOKENS.staff("/hub/impulse", "admin");
    assertThat(http.get("/actuator/env", null).status()).isEqualTo(401);
    assertThat(http.get("/actuator/env", admin).status()).isEqualTo(404);
    assertThat(http.get("/actuator/beans", admin).status()).isEqualTo(404);
  }

  @Test
  void grpcHealthAnswersWithoutAToken() {
    HealthCheckResponse response = HealthGrpc.newBlockingStub(channel)
        .withDeadlineAfter(5, TimeUnit.SECONDS)
        .check(HealthCheckRequest.getDefaultInstance());
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void theCallersTraceIdComesBack() {
    Response response = http.send(http.request("/actuator/health/liveness", null)
        .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").GET());
    assertThat(response.header("X-Trace-Id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
  }
}
