package be.brussels.poles.gateway.routing;

import java.time.Duration;
import java.util.Map;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import be.brussels.poles.gateway.testsupport.RecordingBackend.Answer;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Circuit breakers, fallbacks and retries of the service routes. */
class ResilienceIT extends GatewayIntegrationTest {

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory breakers;

	@Autowired
	private ReactiveResilience4jBulkheadProvider bulkheads;

	@Test
	void serviceThatIsDownIsAnswered503ProblemNamingTheService() {
		this.client.get()
			.uri("/api/housing/sites")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
			.expectHeader().exists("X-Trace-Id")
			.expectBody()
			.jsonPath("$.type").isEqualTo("about:blank")
			.jsonPath("$.title").isEqualTo("Service Unavailable")
			.jsonPath("$.status").isEqualTo(503)
			.jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("housing service"));
	}

	@Test
	void writeToAServiceThatIsDownIsAnswered503Problem() {
		this.client.post()
			.uri("/api/housing/location-requests")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("housing"));
	}

	@Test
	void getAnsweredUnavailableIsRetriedOnceThenAnsweredByTheFallbackCountingOneFailure() {
		GUIDANCE.answer(Answer.json(503, "{}"), Answer.json(503, "{}"));
		long failuresBefore = guidanceFailures();

		this.client.get()
			.uri("/api/guidance/files/42")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("guidance"));

		assertThat(GUIDANCE.drain()).hasSize(2).allSatisfy((request) -> assertThat(request.method()).isEqualTo("GET"));
		// the retry runs inside the breaker: two attempts, one failed call in the breaker's window
		assertThat(guidanceFailures()).isEqualTo(failuresBefore + 1);
	}

	private long guidanceFailures() {
		return this.breakers.getCircuitBreakerRegistry()
			.find("guidance")
			.map((breaker) -> (long) breaker.getMetrics().getNumberOfFailedCalls())
			.orElse(0L);
	}

	@Test
	void getThatFailsOnceWithBadGatewaySucceedsOnTheRetry() {
		GUIDANCE.answer(Answer.json(502, "{}"));

		this.client.get()
			.uri("/api/guidance/files/42")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.ok").isEqualTo(true);

		assertThat(GUIDANCE.drain()).hasSize(2);
	}

	@Test
	void postIsNeverRetried() {
		GUIDANCE.answer(Answer.json(503, "{}"), Answer.json(200, "{\"ok\":true}"));

		this.client.post()
			.uri("/api/guidance/files")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isEqualTo(503);

		assertThat(GUIDANCE.drain()).hasSize(1);
	}

	@Test
	void serviceErrorOtherThanUnavailabilityReachesTheCallerUnchangedAndIsNotRetried() {
		String problem = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"stale version\"}";
		GUIDANCE.answer(new Answer(409, "application/problem+json", problem, Map.of()));

		this.client.get()
			.uri("/api/guidance/files/42")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").isEqualTo("stale version");
		GUIDANCE.answer(Answer.json(500, "{\"title\":\"Internal Server Error\"}"));
		this.client.get()
			.uri("/api/guidance/files/43")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isEqualTo(500);

		assertThat(GUIDANCE.drain()).hasSize(2);
	}

	@Test
	void breakerTimeLimiterAndBulkheadUseTheExplicitSettingsOfApplicationYml() {
		for (String service : new String[] { "crm", "guidance", "financing", "housing" }) {
			// breakers are created on their route's first call
			this.client.get()
				.uri("/api/" + service + "/ping")
				.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
				.exchange();
			CircuitBreakerConfig config = this.breakers.getCircuitBreakerRegistry()
				.find(service)
				.orElseThrow(() -> new AssertionError("no circuit breaker for " + service))
				.getCircuitBreakerConfig();
			assertThat(config.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED);
			assertThat(config.getSlidingWindowSize()).isEqualTo(20);
			assertThat(config.getMinimumNumberOfCalls()).isEqualTo(10);
			assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
			assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofSeconds(2));
			assertThat(config.getSlowCallRateThreshold()).isEqualTo(50f);
			assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
			assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(10_000L);
		}
		assertThat(this.breakers.getTimeLimiterRegistry().getDefaultConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofSeconds(5));
		BulkheadConfig bulkhead = this.bulkheads.getBulkheadRegistry().getDefaultConfig();
		assertThat(bulkhead.getMaxConcurrentCalls()).isEqualTo(64);
	}

}
