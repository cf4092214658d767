package be.brussels.poles.gateway.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small stand-in for the Keycloak realm {@code poles}, on a JDK HTTP server at 127.0.0.1: it serves the JWKS of an
 * RSA key generated with Nimbus, mints access and ID tokens shaped like Keycloak's, and answers the token endpoint
 * (authorization code and refresh token grants) and the userinfo endpoint, so that the gateway's real OIDC login can
 * run end to end in a test.
 */
public final class StubIdentityProvider implements AutoCloseable {

	public static final String REALM_PATH = "/realms/poles";

	public static final String GATEWAY_CLIENT_ID = "poles-gateway";

	public static final String GATEWAY_CLIENT_SECRET = "poles-gateway-secret";

	/** A login prepared by a test: what the token endpoint returns for one authorization code. */
	public record Login(Map<String, Object> userClaims, String nonce, long accessTokenSeconds, String issuer) {
	}

	/** A grant the token endpoint received: its form parameters and Authorization header. */
	public record TokenRequest(Map<String, String> form, String authorization) {
	}

	private final HttpServer server;

	private final RSAKey signingKey;

	private final RSAKey strangerKey;

	private final Map<String, Login> loginsByCode = new ConcurrentHashMap<>();

	private final Map<String, Login> loginsByRefreshToken = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> userInfoByAccessToken = new ConcurrentHashMap<>();

	private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

	private final List<String> issuedAccessTokens = new CopyOnWriteArrayList<>();

	private volatile boolean rejectRefresh;

	private StubIdentityProvider(HttpServer server) throws JOSEException {
		this.server = server;
		this.signingKey = new RSAKeyGenerator(2048).keyID("poles-test-key").generate();
		this.strangerKey = new RSAKeyGenerator(2048).keyID("poles-test-key").generate();
	}

	public static StubIdentityProvider start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			StubIdentityProvider idp = new StubIdentityProvider(server);
			server.createContext(REALM_PATH + "/protocol/openid-connect/certs", idp::certs);
			server.createContext(REALM_PATH + "/protocol/openid-connect/token", idp::token);
			server.createContext(REALM_PATH + "/protocol/openid-connect/userinfo", idp::userInfo);
			server.start();
			return idp;
		}
		catch (IOException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + REALM_PATH;
	}

	// ---- tokens for bearer callers ----------------------------------------------------------------------------

	/** Claims of a valid partner-system token (client credentials): audience poles-gateway + crm-service. */
	public JWTClaimsSet.Builder partnerClaims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer())
			.subject(UUID.randomUUID().toString())
			.audience(List.of(GATEWAY_CLIENT_ID, "crm-service"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString())
			.claim("azp", "partner-system")
			.claim("typ", "Bearer")
			.claim("scope", "profile email")
			.claim("preferred_username", "service-account-partner-system")
			.claim("realm_access", Map.of("roles", List.of("default-roles-poles", "offline_access", "partner")));
	}

	/** Claims of a staff member's access token, as Keycloak issues them with the realm's mappers. */
	public JWTClaimsSet.Builder staffClaims(String username, List<String> groups, List<String> roles) {
		List<String> realmRoles = new ArrayList<>(List.of("default-roles-poles", "offline_access",
				"uma_authorization"));
		realmRoles.addAll(roles);
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer())
			.subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
			.audience(List.of(GATEWAY_CLIENT_ID, "crm-service", "guidance-service", "financing-service",
					"housing-service"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString())
			.claim("azp", "poles-cli")
			.claim("typ", "Bearer")
			.claim("scope", "openid profile email")
			.claim("preferred_username", username)
			.claim("name", "Test " + username)
			.claim("email", username + "@example.brussels")
			.claim("groups", groups)
			.claim("realm_access", Map.of("roles", realmRoles));
	}

	/** Signs claims with the realm key (the one published in the JWKS). */
	public String sign(JWTClaimsSet.Builder claims) {
		return sign(claims.build(), this.signingKey);
	}

	/** Signs with another key that has the same key id: the signature does not verify against the JWKS. */
	public String signWithStrangerKey(JWTClaimsSet.Builder claims) {
		return sign(claims.build(), this.strangerKey);
	}

	public String partnerToken() {
		return sign(partnerClaims());
	}

	public String partnerToken(Consumer<JWTClaimsSet.Builder> change) {
		JWTClaimsSet.Builder claims = partnerClaims();
		change.accept(claims);
		return sign(claims);
	}

	private static String sign(JWTClaimsSet claims, RSAKey key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- browser login -----------------------------------------------------------------------------------------

	/**
	 * Prepares the answer to the gateway's code exchange: {@code code} yields tokens for a user with these groups and
	 * roles; the ID token carries {@code nonce} (taken from the authorization redirect) and is issued by
	 * {@code issuer} (normally {@link #issuer()}).
	 */
	public void prepareLogin(String code, String nonce, String username, List<String> groups, List<String> roles,
			long accessTokenSeconds, String issuer) {
		Map<String, Object> claims = new LinkedHashMap<>(staffClaims(username, groups, roles).build().getClaims());
		this.loginsByCode.put(code, new Login(claims, nonce, accessTokenSeconds, issuer));
	}

	/** Makes the token endpoint refuse refresh grants with {@code invalid_grant}, as Keycloak does after expiry. */
	public void rejectRefresh(boolean reject) {
		this.rejectRefresh = reject;
	}

	public List<TokenRequest> tokenRequests() {
		return List.copyOf(this.tokenRequests);
	}

	public List<String> issuedAccessTokens() {
		return List.copyOf(this.issuedAccessTokens);
	}

	public void reset() {
		this.tokenRequests.clear();
		this.issuedAccessTokens.clear();
		this.rejectRefresh = false;
	}

	private void certs(HttpExchange exchange) throws IOException {
		respond(exchange, 200, new JWKSet(this.signingKey.toPublicJWK()).toString(true));
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = parseForm(exchange.getRequestBody());
		this.tokenRequests.add(new TokenRequest(form, exchange.getRequestHeaders().getFirst("Authorization")));
		String grantType = form.get("grant_type");
		Login login = null;
		if ("authorization_code".equals(grantType)) {
			login = this.loginsByCode.remove(form.get("code"));
		}
		else if ("refresh_token".equals(grantType) && !this.rejectRefresh) {
			Login previous = this.loginsByRefreshToken.remove(form.get("refresh_token"));
			if (previous != null) {
				// refreshed tokens live five minutes and carry no new ID token nonce
				login = new Login(previous.userClaims(), null, 300, previous.issuer());
			}
		}
		if (login == null) {
			respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Code not valid\"}");
			return;
		}
		respond(exchange, 200, JSONObjectUtils.toJSONString(tokenResponse(login, "authorization_code".equals(grantType))));
	}

	private Map<String, Object> tokenResponse(Login login, boolean withIdToken) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder access = builderFrom(login.userClaims()).issuer(login.issuer())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(login.accessTokenSeconds())))
			.jwtID(UUID.randomUUID().toString())
			.claim("azp", GATEWAY_CLIENT_ID);
		String accessToken = sign(access);
		this.issuedAccessTokens.add(accessToken);
		this.userInfoByAccessToken.put(accessToken, userInfo(login.userClaims()));
		String refreshToken = "refresh-" + UUID.randomUUID();
		this.loginsByRefreshToken.put(refreshToken, login);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", accessToken);
		response.put("token_type", "Bearer");
		response.put("expires_in", login.accessTokenSeconds());
		response.put("refresh_token", refreshToken);
		response.put("refresh_expires_in", 1800);
		response.put("scope", "openid profile email");
		if (withIdToken) {
			JWTClaimsSet.Builder id = builderFrom(login.userClaims()).issuer(login.issuer())
				.audience(GATEWAY_CLIENT_ID)
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plusSeconds(300)))
				.claim("azp", GATEWAY_CLIENT_ID)
				.claim("typ", "ID")
				.claim("scope", null)
				.claim("nonce", login.nonce());
			response.put("id_token", sign(id));
		}
		return response;
	}

	private static JWTClaimsSet.Builder builderFrom(Map<String, Object> claims) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
		claims.forEach((name, value) -> {
			if (value instanceof Date) {
				return; // times are set fresh
			}
			builder.claim(name, value);
		});
		return builder;
	}

	private static Map<String, Object> userInfo(Map<String, Object> claims) {
		Map<String, Object> info = new HashMap<>();
		for (String name : List.of("sub", "preferred_username", "name", "email", "groups", "realm_access")) {
			if (claims.containsKey(name)) {
				info.put(name, claims.get(name));
			}
		}
		return info;
	}

	private void userInfo(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Map<String, Object> info = (authorization != null && authorization.startsWith("Bearer "))
				? this.userInfoByAccessToken.get(authorization.substring(7)) : null;
		if (info == null) {
			respond(exchange, 401, "{\"error\":\"invalid_token\"}");
			return;
		}
		respond(exchange, 200, JSONObjectUtils.toJSONString(info));
	}

	private static Map<String, String> parseForm(InputStream body) throws IOException {
		String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> form = new HashMap<>();
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			form.put(name, value);
		}
		return form;
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
