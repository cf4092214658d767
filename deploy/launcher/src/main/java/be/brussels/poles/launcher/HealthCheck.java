package be.brussels.poles.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** How a process shows that it is ready. */
@FunctionalInterface
public interface HealthCheck {

    HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One probe; never throws. */
    boolean healthy();

    /** What is probed, as a URI ({@code http://...} or {@code tcp://host:port}); "custom" for other checks. */
    default String target() {
        return "custom";
    }

    /** The check for a {@link #target()} written earlier (status of a detached platform). */
    static HealthCheck fromTarget(String target) {
        URI uri = URI.create(target);
        if ("tcp".equals(uri.getScheme())) {
            return tcp(uri.getHost(), uri.getPort());
        }
        if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
            return http(uri);
        }
        throw new IllegalArgumentException("not a health check target: " + target);
    }

    /** {@code GET url} answers 200. */
    static HealthCheck http(URI url) {
        return new HealthCheck() {
            @Override
            public boolean healthy() {
                try {
                    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
                    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public String target() {
                return url.toString();
            }

            @Override
            public String toString() {
                return "GET " + url + " -> 200";
            }
        };
    }

    /** A TCP connection to host:port is accepted. */
    static HealthCheck tcp(String host, int port) {
        return new HealthCheck() {
            @Override
            public boolean healthy() {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(host, port), 1000);
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }

            @Override
            public String target() {
                return "tcp://" + host + ":" + port;
            }

            @Override
            public String toString() {
                return "TCP " + host + ":" + port;
            }
        };
    }
}
