package be.brussels.poles.gateway.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's integration tests: the real gateway on a random port, a stub Keycloak realm (JWKS, token,
 * userinfo) and stub services on 127.0.0.1, wired through the same environment variables as in production
 * ({@code POLES_ISSUER_URI}, {@code CRM_URL}, ...). The stubs are started once per JVM and shared, so that every test
 * class reuses one cached Spring context; each test resets them first.
 * <ul>
 * <li>crm and financing: {@link #CRM} (healthy unless a test queues failures);</li>
 * <li>guidance: {@link #GUIDANCE} (tests of failure statuses, so the crm breaker stays closed);</li>
 * <li>housing: a closed port (the service is down).</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTest {

	protected static final StubIdentityProvider IDP = StubIdentityProvider.start();

	protected static final RecordingBackend CRM = RecordingBackend.start();

	protected static final RecordingBackend GUIDANCE = RecordingBackend.start();

	protected static final String DOWN_URL = "http://127.0.0.1:" + closedPort();

	@LocalServerPort
	protected int port;

	protected WebTestClient client;

	@DynamicPropertySource
	static void wireStubs(DynamicPropertyRegistry registry) {
		registry.add("POLES_ISSUER_URI", IDP::issuer);
		registry.add("CRM_URL", CRM::url);
		registry.add("GUIDANCE_URL", GUIDANCE::url);
		registry.add("FINANCING_URL", CRM::url);
		registry.add("HOUSING_URL", () -> DOWN_URL);
	}

	@BeforeEach
	void resetStubs() {
		IDP.reset();
		CRM.reset();
		GUIDANCE.reset();
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(15))
			.build();
	}

	protected String bearer(String token) {
		return "Bearer " + token;
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
