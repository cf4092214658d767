package be.brussels.poles.kit.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's own access token (OAuth2 client credentials), for work done on no user's behalf
 * such as the outbox relay. Cached until shortly before it expires: issuing a token costs the
 * identity provider an RSA signature (about 2 ms), so it must not be fetched per call.
 */
public final class ServiceTokenProvider {

  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

  private final PolesSecurityProperties properties;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private String token;
  private Instant refreshAt = Instant.MIN;

  public ServiceTokenProvider(PolesSecurityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** A valid token, fetched or from the cache. */
  public synchronized String token() {
    if (token == null || !clock.instant().isBefore(refreshAt)) {
      fetch();
    }
    return token;
  }

  private void fetch() {
    String credentials = URLEncoder.encode(properties.clientId(), StandardCharsets.UTF_8) + ":"
        + URLEncoder.encode(properties.clientSecret(), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(properties.tokenUri()))
        .timeout(Duration.ofSeconds(5))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("token endpoint answered " + response.statusCode());
      }
      JsonNode body = json.readTree(response.body());
      token = body.get("access_token").asString();
      long lifetime = body.path("expires_in").asLong(60);
      refreshAt = clock.instant().plusSeconds(lifetime).minus(REFRESH_MARGIN);
    } catch (IOException e) {
      throw new IllegalStateException("token endpoint unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching a service token", e);
    }
  }
}
