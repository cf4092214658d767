package be.brussels.poles.gateway.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the gateway's real OIDC login the way a browser does, with {@link StubIdentityProvider} as Keycloak: start
 * at {@code /oauth2/authorization/keycloak}, "log in" at the stub (the test prepares the code), come back to
 * {@code /login/oauth2/code/keycloak}, then pick up the CSRF cookie like the UI does on its first page load.
 */
public final class BrowserLogin {

	public static final String SESSION_COOKIE = "POLES_SESSION";

	/** A logged-in browser: its session cookie and the CSRF token from the XSRF-TOKEN cookie. */
	public record Session(String sessionId, String xsrfToken) {

		public String cookieHeader() {
			return SESSION_COOKIE + "=" + this.sessionId + "; XSRF-TOKEN=" + this.xsrfToken;
		}

	}

	/** What the callback answered, for tests of failed logins. */
	public record Callback(HttpStatus status, URI location, String sessionId) {
	}

	private BrowserLogin() {
	}

	public static Session login(WebTestClient client, StubIdentityProvider idp, String username, List<String> groups,
			List<String> roles, long accessTokenSeconds) {
		Callback callback = callback(client, idp, username, groups, roles, accessTokenSeconds, idp.issuer());
		assertThat(callback.status()).isEqualTo(HttpStatus.FOUND);
		assertThat(callback.location().getPath()).isEqualTo("/");
		assertThat(callback.location().getQuery()).isNull();
		String xsrf = client.get()
			.uri("/")
			.header(HttpHeaders.COOKIE, SESSION_COOKIE + "=" + callback.sessionId())
			.exchange()
			.expectStatus().isOk()
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();
		return new Session(callback.sessionId(), xsrf);
	}

	/** Runs the login up to the gateway's answer to the callback, with the ID token issued by {@code issuer}. */
	public static Callback callback(WebTestClient client, StubIdentityProvider idp, String username,
			List<String> groups, List<String> roles, long accessTokenSeconds, String issuer) {
		EntityExchangeResult<byte[]> start = client.get()
			.uri("/oauth2/authorization/keycloak")
			.exchange()
			.expectStatus().isFound()
			.expectBody().returnResult();
		URI authorize = start.getResponseHeaders().getLocation();
		assertThat(authorize.toString()).startsWith(idp.issuer() + "/protocol/openid-connect/auth?");
		Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
		String preLoginSession = start.getResponseCookies().getFirst(SESSION_COOKIE).getValue();

		String code = "code-" + UUID.randomUUID();
		idp.prepareLogin(code, decode(query.get("nonce")), username, groups, roles, accessTokenSeconds, issuer);
		URI redirect = UriComponentsBuilder.fromUriString(decode(query.get("redirect_uri")))
			.queryParam("code", code)
			.queryParam("state", decode(query.get("state")))
			.build()
			.toUri();
		EntityExchangeResult<byte[]> back = client.get()
			.uri(redirect)
			.header(HttpHeaders.COOKIE, SESSION_COOKIE + "=" + preLoginSession)
			.exchange()
			.expectBody().returnResult();
		ResponseCookie session = back.getResponseCookies().getFirst(SESSION_COOKIE);
		return new Callback(HttpStatus.valueOf(back.getStatus().value()), back.getResponseHeaders().getLocation(),
				(session != null) ? session.getValue() : preLoginSession);
	}

	private static String decode(String value) {
		return (value == null) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
