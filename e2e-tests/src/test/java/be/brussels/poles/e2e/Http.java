package be.brussels.poles.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A small HTTP client for the tests: JSON in and out, an optional bearer token, cookies kept. */
final class Http {

  private final HttpClient client;
  final LoopbackCookies cookies = new LoopbackCookies();

  Http() {
    client = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  record Response(int status, Map<String, java.util.List<String>> headers, String body) {
    JsonNode json() {
      return Json.parse(body);
    }

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst().map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  Response get(URI uri, String bearer) {
    return send(request(uri, bearer, Map.of()).GET().build());
  }

  Response get(URI uri, String bearer, Map<String, String> headers) {
    return send(request(uri, bearer, headers).GET().build());
  }

  Response postJson(URI uri, String bearer, String json) {
    return postJson(uri, bearer, json, Map.of());
  }

  Response postJson(URI uri, String bearer, String json, Map<String, String> headers) {
    return send(request(uri, bearer, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Response postForm(URI uri, String form) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder request(URI uri, String bearer, Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Accept", "application/json");
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    headers.forEach(builder::header);
    return builder;
  }
}
