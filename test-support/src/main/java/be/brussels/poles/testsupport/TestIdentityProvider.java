package be.brussels.poles.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for Keycloak in service tests: serves a JWKS and a client-credentials token endpoint
 * on 127.0.0.1 in the realm's URL layout, and mints RS256 tokens shaped like the realm's (groups,
 * realm roles, audiences). Tests get valid tokens and every kind of invalid one from it.
 */
public final class TestIdentityProvider implements AutoCloseable {

  private final RSAKey signingKey;
  private final RSAKey foreignKey;
  private final HttpServer server;
  private final String issuer;

  private TestIdentityProvider() {
    try {
      signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
      foreignKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException("cannot start the test identity provider", e);
    }
    issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/poles";
    server.createContext("/realms/poles/protocol/openid-connect/certs", this::serveJwks);
    server.createContext("/realms/poles/protocol/openid-connect/token", this::serveToken);
    server.start();
  }

  /** Starts a provider on a free loopback port. */
  public static TestIdentityProvider start() {
    return new TestIdentityProvider();
  }

  /** The issuer, as services expect it in {@code POLES_ISSUER_URI}. */
  public String issuer() {
    return issuer;
  }

  public String jwksUri() {
    return issuer + "/protocol/openid-connect/certs";
  }

  public String tokenUri() {
    return issuer + "/protocol/openid-connect/token";
  }

  /** A token for a staff member of {@code groupPath} (for example "/hub/impulse"). */
  public TokenBuilder user(String username, String groupPath, String... roles) {
    return new TokenBuilder()
        .claim("preferred_username", username)
        .claim("name", username)
        .claim("email", username + "@test.poles.brussels")
        .claim("azp", "poles-gateway")
        .groups(groupPath)
        .roles(roles);
  }

  /** A service-account token of {@code clientId}, with the realm role {@code service}. */
  public TokenBuilder service(String clientId) {
    return new TokenBuilder()
        .claim("preferred_username", "service-account-" + clientId)
        .claim("azp", clientId)
        .claim("client_id", clientId)
        .roles("service");
  }

  private void serveJwks(HttpExchange exchange) throws IOException {
    respond(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toString());
  }

  /** Client credentials: any client id is accepted; the token carries the audiences asked in the
   * test through {@link #audiencesForClient}. */
  private void serveToken(HttpExchange exchange) throws IOException {
    String clientId = basicAuthUser(exchange);
    if (clientId == null) {
      clientId = formParameters(exchange).get("client_id");
    }
    if (clientId == null) {
      respond(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token =
        service(clientId).audience(audiencesForClient.getOrDefault(clientId, List.of())).sign();
    respond(exchange, 200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
  }

  private final Map<String, List<String>> audiencesForClient = new ConcurrentHashMap<>();

  /** Sets the audiences of the client-credentials tokens issued to {@code clientId}. */
  public TestIdentityProvider grantAudiences(String clientId, String... audiences) {
    audiencesForClient.put(clientId, List.of(audiences));
    return this;
  }

  private static String basicAuthUser(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith("Basic ")) {
      return null;
    }
    String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    return URLDecoder.decode(decoded.substring(0, decoded.indexOf(':')), StandardCharsets.UTF_8);
  }

  private static Map<String, String> formParameters(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> parameters = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Builds one token; by default valid for five minutes, issued by this provider. */
  public final class TokenBuilder {
    private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(5);
    private String tokenIssuer = issuer;
    private RSAKey key = signingKey;

    private TokenBuilder() {
      claims.subject(UUID.randomUUID().toString()).jwtID(UUID.randomUUID().toString());
    }

    public TokenBuilder claim(String name, Object value) {
      claims.claim(name, value);
      return this;
    }

    public TokenBuilder groups(String... groupPaths) {
      return claim("groups", List.of(groupPaths));
    }

    public TokenBuilder roles(String... roles) {
      return claim("realm_access", Map.of("roles", List.of(roles)));
    }

    public TokenBuilder audience(String... audiences) {
      return audience(List.of(audiences));
    }

    public TokenBuilder audience(List<String> audiences) {
      claims.audience(new ArrayList<>(audiences));
      return this;
    }

    /** Valid for {@code duration} from now (benchmarks outlast the default five minutes). */
    public TokenBuilder lifetime(Duration duration) {
      lifetime = duration;
      return this;
    }

    /** Makes the token expired for ten minutes already. */
    public TokenBuilder expired() {
      issuedAt = Instant.now().minus(Duration.ofMinutes(20));
      lifetime = Duration.ofMinutes(10);
      return this;
    }

    public TokenBuilder issuer(String otherIssuer) {
      tokenIssuer = otherIssuer;
      return this;
    }

    /** Signs with a key the JWKS does not publish (a forged token). */
    public TokenBuilder forged() {
      key = foreignKey;
      return this;
    }

    public String sign() {
      JWTClaimsSet set = claims
          .issuer(tokenIssuer)
          .issueTime(Date.from(issuedAt))
          .expirationTime(Date.from(issuedAt.plus(lifetime)))
          .build();
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set);
      try {
        jwt.sign(new RSASSASigner(key));
      } catch (JOSEException e) {
        throw new UncheckedIOException(new IOException(e));
      }
      return jwt.serialize();
    }
  }
}
