package be.brussels.poles.gateway.trace;

import java.time.Duration;
import java.util.List;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One structured (JSON) access-log line per request, carrying the trace id. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends GatewayIntegrationTest {

	@Test
	void routedRequestIsLoggedOnceAsJsonWithItsTraceIdAndWithoutTheEnterpriseNumber(CapturedOutput output) {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
			.exchange()
			.expectStatus().isOk();

		String line = accessLine(output, traceId);
		assertThat(line).startsWith("{")
			.contains("\"method\":\"GET\"")
			.contains("\"path\":\"/api/crm/companies/{n}\"")
			.contains("\"status\":200")
			.contains("\"durationMs\":")
			.doesNotContain("0403019261");
	}

	@Test
	void requestRejectedBySecurityIsLoggedToo(CapturedOutput output) {
		String traceId = "1af7651916cd43dd8448eb211c80319c";
		this.client.get()
			.uri("/api/crm/companies/0403019261")
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals("X-Trace-Id", traceId);

		assertThat(accessLine(output, traceId)).contains("\"status\":401");
	}

	/** The access line is written when the exchange completes, which may be just after the client has its answer. */
	private static String accessLine(CapturedOutput output, String traceId) {
		await().atMost(Duration.ofSeconds(5)).until(() -> !accessLines(output, traceId).isEmpty());
		List<String> lines = accessLines(output, traceId);
		assertThat(lines).hasSize(1);
		return lines.get(0);
	}

	private static List<String> accessLines(CapturedOutput output, String traceId) {
		return output.getOut()
			.lines()
			.filter((line) -> line.contains("\"logger_name\":\"access\""))
			.filter((line) -> line.contains("\"traceId\":\"" + traceId + "\""))
			.toList();
	}

}
