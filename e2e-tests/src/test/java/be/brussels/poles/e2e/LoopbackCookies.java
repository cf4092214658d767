package be.brussels.poles.e2e;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cookies as a browser keeps them for http://localhost. Keycloak marks its login cookies Secure
 * even over plain http; browsers still send those to localhost, but Java's CookieManager does not,
 * so the login flow would break in the tests only. This jar keeps cookies per host and path and
 * ignores the Secure flag (loopback only, tests only).
 */
final class LoopbackCookies extends CookieHandler {

  private final Map<String, Map<String, HttpCookie>> byHost = new ConcurrentHashMap<>();

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    String path = Optional.ofNullable(uri.getPath()).filter(p -> !p.isEmpty()).orElse("/");
    String header = byHost.getOrDefault(uri.getHost(), Map.of()).values().stream()
        .filter(c -> !c.hasExpired())
        .filter(c -> path.startsWith(Optional.ofNullable(c.getPath()).orElse("/")))
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
    return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    responseHeaders.forEach((name, values) -> {
      if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
        for (String value : values) {
          for (HttpCookie cookie : HttpCookie.parse(value)) {
            Map<String, HttpCookie> jar = byHost.computeIfAbsent(uri.getHost(), h -> new ConcurrentHashMap<>());
            if (cookie.getMaxAge() == 0) {
              jar.remove(cookie.getName());
            } else {
              jar.put(cookie.getName(), cookie);
            }
          }
        }
      }
    });
  }

  /** The value of a cookie the host set, if any. */
  Optional<String> value(String host, String name) {
    return Optional.ofNullable(byHost.getOrDefault(host, Map.of()).get(name)).map(HttpCookie::getValue);
  }
}
