package be.brussels.poles.gateway.trace;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {

	@Test
	void validVersion00HeaderIsKeptAsIs() {
		String header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

		TraceParent parsed = TraceParent.parse(header).orElseThrow();

		assertThat(parsed.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(parsed.parentId()).isEqualTo("00f067aa0ba902b7");
		assertThat(parsed.flags()).isEqualTo("01");
		assertThat(parsed.header()).isEqualTo(header);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // zero trace id
			"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // zero parent id
			"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", // upper case
			"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // unknown version
			"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", // short trace id
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7", // no flags
			"garbage" })
	void invalidHeaderIsRejectedSoThatANewTraceStarts(String header) {
		assertThat(TraceParent.parse(header)).isEmpty();
	}

	@Test
	void generatedTraceIsSampledWithRandomNonZeroIds() {
		TraceParent first = TraceParent.generate(new Random(1));
		TraceParent second = TraceParent.generate(new Random(2));

		assertThat(first.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		assertThat(TraceParent.parse(first.header())).contains(first);
		assertThat(second.traceId()).isNotEqualTo(first.traceId());
	}

	@Test
	void longNumbersInLoggedPathsAreMasked() {
		assertThat(TraceWebFilter.maskIdentifiers("/api/crm/companies/0403019261/journey"))
			.isEqualTo("/api/crm/companies/{n}/journey");
		assertThat(TraceWebFilter.maskIdentifiers("/api/crm/companies/BE0403.019.261"))
			.isEqualTo("/api/crm/companies/BE{n}");
		assertThat(TraceWebFilter.maskIdentifiers("/api/guidance/files/42")).isEqualTo("/api/guidance/files/42");
	}

}
