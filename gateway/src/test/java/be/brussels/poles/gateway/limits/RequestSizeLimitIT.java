package be.brussels.poles.gateway.limits;

import java.util.Arrays;

import be.brussels.poles.gateway.testsupport.GatewayIntegrationTest;
import be.brussels.poles.gateway.testsupport.RecordingBackend.Recorded;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies are limited to 1 MB. */
class RequestSizeLimitIT extends GatewayIntegrationTest {

	private static final int ONE_MEGABYTE = 1024 * 1024;

	private static byte[] bytes(int size) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'a');
		return body;
	}

	/** A body sent in chunks, without Content-Length. */
	private static Flux<DataBuffer> chunked(int chunks, int chunkSize) {
		return Flux.range(0, chunks).map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(bytes(chunkSize)));
	}

	@Test
	void bodyAboveOneMegabyteIsAnswered413ProblemAndNotForwarded() {
		this.client.post()
			.uri("/api/crm/companies/0403019261/documents")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(bytes(ONE_MEGABYTE + 1))
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Content Too Large")
			.jsonPath("$.status").isEqualTo(413);

		assertThat(CRM.drain()).isEmpty();
	}

	@Test
	void bodyOfExactlyOneMegabyteIsForwarded() {
		this.client.post()
			.uri("/api/crm/companies/0403019261/documents")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(bytes(ONE_MEGABYTE))
			.exchange()
			.expectStatus().isOk();

		assertThat(CRM.takeRequest().bodyLength()).isEqualTo(ONE_MEGABYTE);
	}

	@Test
	void chunkedBodyAboveOneMegabyteIsAnswered413AndNotForwarded() {
		this.client.post()
			.uri("/api/crm/companies/0403019261/documents")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(chunked(5, 256 * 1024), DataBuffer.class)
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(CRM.drain()).isEmpty();
	}

	@Test
	void chunkedBodyWithinTheLimitIsForwardedWhole() {
		this.client.post()
			.uri("/api/crm/companies/0403019261/documents")
			.header(HttpHeaders.AUTHORIZATION, bearer(IDP.partnerToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(chunked(3, 100 * 1024), DataBuffer.class)
			.exchange()
			.expectStatus().isOk();

		Recorded received = CRM.takeRequest();
		assertThat(received.bodyLength()).isEqualTo(300 * 1024);
		assertThat(received.header("Content-Length")).isEqualTo(String.valueOf(300 * 1024));
	}

}
