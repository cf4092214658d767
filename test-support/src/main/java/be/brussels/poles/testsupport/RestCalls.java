package be.brussels.poles.testsupport;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/**
 * Plain HTTP calls to a service under test, with or without a bearer token, over a real socket
 * (the JDK client: nothing of Spring's client between the test and the server).
 */
public final class RestCalls {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  /** Calls to {@code http://127.0.0.1:<port>}. */
  public RestCalls(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /** A request to {@code path} accepting JSON, with the token when not null. */
  public HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(15)).header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET());
  }

  /** POSTs {@code json} as application/json. */
  public HttpResponse<String> post(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The claims of a JWT (or of an "Authorization: Bearer ..." value) without checking it, to see
   * whose token a fake received.
   */
  public static Map<String, Object> claimsOf(String bearerOrToken) {
    String token = bearerOrToken.startsWith("Bearer ") ? bearerOrToken.substring(7) : bearerOrToken;
    try {
      return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JWT: " + token, e);
    }
  }
}
