package be.brussels.poles.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Real tokens from the real Keycloak: demo users (password grant) and machine clients. */
final class Tokens {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final Http HTTP = new Http();

  private Tokens() {}

  /** A demo user's access token, through the realm's public test client {@code poles-cli}. */
  static String user(String username) {
    return CACHE.computeIfAbsent("user:" + username, u -> fetch("grant_type=password&client_id=poles-cli"
        + "&username=" + encode(username) + "&password=demo&scope=openid"));
  }

  /** A confidential client's token (client credentials); demo secrets are "<client>-secret". */
  static String client(String clientId) {
    return CACHE.computeIfAbsent("client:" + clientId, c -> fetch("grant_type=client_credentials"
        + "&client_id=" + encode(clientId) + "&client_secret=" + encode(clientId + "-secret")));
  }

  /** The claims of a token, decoded (not verified: the services verify). */
  static JsonNode claims(String token) {
    String payload = token.split("\\.")[1];
    return Json.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  private static String fetch(String form) {
    Http.Response response = HTTP.postForm(URI.create(RunningPlatform.get().tokenUri()), form);
    if (response.status() != 200) {
      throw new IllegalStateException("token request refused: " + response.status() + " " + response.body());
    }
    return response.json().get("access_token").asString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
