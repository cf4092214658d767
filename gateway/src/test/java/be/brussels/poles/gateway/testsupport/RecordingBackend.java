package be.brussels.poles.gateway.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a platform service: a JDK HTTP server on 127.0.0.1 that records every request it receives (method,
 * path, query, headers, body size) and answers with queued responses, or 200 {@code {"ok":true}} when none is queued.
 */
public final class RecordingBackend implements AutoCloseable {

	/** One request as the backend saw it; header names are lower case. */
	public record Recorded(String method, String path, String query, Map<String, List<String>> headers,
			int bodyLength) {

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		public boolean hasHeader(String name) {
			return this.headers.containsKey(name.toLowerCase(Locale.ROOT));
		}

	}

	/** A canned answer. */
	public record Answer(int status, String contentType, String body, Map<String, String> headers) {

		public static Answer json(int status, String body) {
			return new Answer(status, "application/json", body, Map.of());
		}

	}

	private final HttpServer server;

	private final BlockingQueue<Recorded> received = new LinkedBlockingQueue<>();

	private final Deque<Answer> answers = new ConcurrentLinkedDeque<>();

	private RecordingBackend(HttpServer server) {
		this.server = server;
	}

	public static RecordingBackend start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			RecordingBackend backend = new RecordingBackend(server);
			server.createContext("/", backend::handle);
			server.start();
			return backend;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Queues answers for the next requests, in order. */
	public void answer(Answer... next) {
		this.answers.addAll(List.of(next));
	}

	/** Forgets recorded requests and queued answers (tests share one backend). */
	public void reset() {
		this.received.clear();
		this.answers.clear();
	}

	/** The next recorded request, waiting up to 5 s; fails when none arrives. */
	public Recorded takeRequest() {
		try {
			Recorded recorded = this.received.poll(5, TimeUnit.SECONDS);
			if (recorded == null) {
				throw new AssertionError("The backend received no request");
			}
			return recorded;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Requests received so far and not yet taken. */
	public List<Recorded> drain() {
		List<Recorded> all = new ArrayList<>();
		this.received.drainTo(all);
		return all;
	}

	private void handle(HttpExchange exchange) throws IOException {
		int bodyLength;
		try (InputStream body = exchange.getRequestBody()) {
			bodyLength = body.readAllBytes().length;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		this.received.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, bodyLength));
		Answer answer = this.answers.poll();
		if (answer == null) {
			answer = Answer.json(200, "{\"ok\":true}");
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", answer.contentType());
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.sendResponseHeaders(answer.status(), (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
