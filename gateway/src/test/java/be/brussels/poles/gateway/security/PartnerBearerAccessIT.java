package be.brussels.poles.gateway.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import be.brussels.poles.gateway.testsupport.RecordingBackend.Answer;
import be.brussels.poles.gateway.testsupport.RecordingBackend.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner systems call {@code /api/**} with a bearer token from the realm. */
class PartnerBearerAccessIT extends GatewayIntegrationTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	@Test
	void validPartnerTokenIsRoutedWithItsAuthorizationPathStrippedTraceparentKeptAndCookiesRemoved() {
		String token = IDP.partnerToken();

		this.client.get()
			.uri("/api/crm/companies/0403019261?view=full")
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.header("traceparent", TRACEPARENT)
			.header(HttpHeaders.COOKIE, "POLES_SESSION=stolen; XSRF-TOKEN=abc")
			.header("X-User-Id", "someone-else")
			.header("X-Agency", "/hub/impulse")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Trace-Id", TRACE_ID)
			.expectBody().jsonPath("$.ok").isEqualTo(true);

		Recorded received = CRM.takeRequest();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo("/companies/0403019261");
		assertThat(received.query()).isEqualTo("view=full");
		assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
		assertThat(received.header("traceparent")).isEqualTo(TRACEPARENT);
		assertThat(received.hasHeader("Cookie")).isFalse();
		assertThat(received.hasHeader("X-User-Id")).isFalse();
		assertThat(received.hasHeader("X-Agency")).isFalse();
	}

	@Test
	void requestWithoutTraceparentStartsATraceThatTheBackendReceivesAndTheCallerSees() {
		String traceId = this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Trace-Id");

		assertThat(traceId).matches("[0-9a-f]{32}");
		assertThat(CRM.takeRequest().header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
	}

	@Test
	void malformedTraceparentIsReplacedByANewTrace() {
		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus().isOk();

		assertThat(CRM.takeRequest().header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
			.doesNotContain("00000000000000000000000000000000");
	}

	@Test
	void partnerPostNeedsNoCsrfTokenAndReachesTheServiceWithItsBody() {
		this.client.post()
			.uri("/api/crm/companies/0403019261/journey")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"headline\":\"Met the founder\"}")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);

		Recorded received = CRM.takeRequest();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.path()).isEqualTo("/companies/0403019261/journey");
		assertThat(received.bodyLength()).isEqualTo("{\"headline\":\"Met the founder\"}".length());
	}

	@Test
	void missingTokenIsAnswered401ProblemAndNothingIsRouted() {
		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().doesNotExist(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.type").isEqualTo("about:blank")
			.jsonPath("$.title").isEqualTo("Unauthorized")
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.detail").isNotEmpty();

		assertThat(CRM.drain()).isEmpty();
	}

	static Stream<Arguments> rejectedTokens() {
		Instant past = Instant.now().minusSeconds(3600);
		return Stream.of(
				Arguments.of("expired", IDP.partnerToken((claims) -> claims.issueTime(Date.from(past))
					.expirationTime(Date.from(past.plusSeconds(300))))),
				Arguments.of("wrong issuer",
						IDP.partnerToken((claims) -> claims.issuer("http://127.0.0.1:1/realms/other"))),
				Arguments.of("wrong audience",
						IDP.partnerToken((claims) -> claims.audience(List.of("crm-service", "account")))),
				Arguments.of("no audience", IDP.partnerToken((claims) -> claims.audience((String) null))),
				Arguments.of("bad signature", IDP.signWithStrangerKey(IDP.partnerClaims())),
				Arguments.of("not a JWT", "abc.def.ghi"));
	}

	@ParameterizedTest(name = "{0} token")
	@MethodSource("rejectedTokens")
	void rejectedTokenIsAnswered401ProblemAndNothingIsRouted(String kind, String token) {
		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.title").isEqualTo("Unauthorized");

		assertThat(CRM.drain()).isEmpty();
	}

	@Test
	void cookiesSetByAServiceDoNotReachTheCaller() {
		CRM.answer(new Answer(200, "application/json", "{\"ok\":true}",
				Map.of("Set-Cookie", "POLES_SESSION=hijack; Path=/")));

		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
	}

}
