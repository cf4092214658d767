package be.brussels.poles.gateway.trace;

import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value (version 00): {@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex
 * flags>}. See https://www.w3.org/TR/trace-context/#traceparent-header.
 *
 * @param traceId 32 lower-case hex digits, not all zero
 * @param parentId 16 lower-case hex digits, not all zero
 * @param flags 2 lower-case hex digits
 */
public record TraceParent(String traceId, String parentId, String flags) {

	public static final String HEADER = "traceparent";

	private static final Pattern VERSION_00 = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

	private static final String ZERO_TRACE = "0".repeat(32);

	private static final String ZERO_PARENT = "0".repeat(16);

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * Parses a header value. Anything that is not a valid version-00 value (wrong length, upper case, all-zero ids,
	 * unknown version) is rejected, and the caller then starts a new trace, as the specification asks.
	 */
	public static Optional<TraceParent> parse(String header) {
		if (header == null) {
			return Optional.empty();
		}
		var matcher = VERSION_00.matcher(header.trim());
		if (!matcher.matches() || ZERO_TRACE.equals(matcher.group(1)) || ZERO_PARENT.equals(matcher.group(2))) {
			return Optional.empty();
		}
		return Optional.of(new TraceParent(matcher.group(1), matcher.group(2), matcher.group(3)));
	}

	/** A new sampled trace with random ids. */
	public static TraceParent generate(RandomGenerator random) {
		String traceId;
		do {
			traceId = randomHex(random, 16);
		}
		while (ZERO_TRACE.equals(traceId));
		String parentId;
		do {
			parentId = randomHex(random, 8);
		}
		while (ZERO_PARENT.equals(parentId));
		return new TraceParent(traceId, parentId, "01");
	}

	private static String randomHex(RandomGenerator random, int bytes) {
		byte[] buffer = new byte[bytes];
		random.nextBytes(buffer);
		return HEX.formatHex(buffer);
	}

	/** The header value. */
	public String header() {
		return "00-" + this.traceId + "-" + this.parentId + "-" + this.flags;
	}

}
