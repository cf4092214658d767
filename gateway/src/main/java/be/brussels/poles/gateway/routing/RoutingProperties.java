package be.brussels.poles.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;

/**
 * Where the services live and how GET requests are retried ({@code poles.gateway.routing} in application.yml).
 *
 * @param backends service name (the path segment after {@code /api/}) to base URL, for example
 * {@code crm -> http://localhost:8081}
 * @param retry retry of idempotent reads
 */
@ConfigurationProperties("poles.gateway.routing")
public record RoutingProperties(Map<String, URI> backends, Retry retry) {

	public RoutingProperties {
		backends = (backends != null) ? Map.copyOf(backends) : Map.of();
	}

	/**
	 * Retry of GET requests only; writes are never retried, since a timed-out POST may already have taken effect.
	 *
	 * @param retries extra attempts after the first
	 * @param statuses backend answers that are retried
	 * @param firstBackoff pause before the first retry
	 * @param maxBackoff longest pause between retries
	 */
	public record Retry(int retries, List<HttpStatus> statuses, Duration firstBackoff, Duration maxBackoff) {
	}

}
