package be.brussels.poles.gateway.routing;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.BackoffConfig;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * One route per service: {@code /api/<service>/**} to the service's base URL with the first two path segments
 * removed ({@code /api/crm/companies/0403019261} reaches {@code /companies/0403019261}).
 * <p>
 * Filters, outermost first (the order matters):
 * <ol>
 * <li>{@link ExpiredSessionFilter}: a login whose tokens cannot be refreshed ends with 401, never a redirect;</li>
 * <li>{@code TokenRelay}: a logged-in user's access token (refreshed when it is about to expire) replaces the
 * request's credentials. For a bearer caller the principal is a {@code JwtAuthenticationToken}, for which Spring Cloud
 * Gateway 5.0's filter finds no client registration and leaves the request, and so its {@code Authorization} header,
 * untouched. It runs outside the circuit breaker so that an expired login becomes a 401, not a "service
 * unavailable".</li>
 * <li>circuit breaker named after the service (settings in {@code resilience4j.*}), answering 502/503/504 from the
 * backend, connection failures and time-outs with the fallback ({@link FallbackController});</li>
 * <li>retry, GET only, inside the breaker so that one request counts once in the breaker's statistics.</li>
 * </ol>
 * Cookies and identity headers are removed from every proxied request by {@link RequestHeadersToBackendFilter},
 * {@code Set-Cookie} from every answer by {@link ResponseHeadersFromBackendFilter}.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfig {

	/** Statuses that count as a failure of the service in the circuit breaker and trigger the fallback. */
	static final String[] BREAKER_STATUSES = { "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT" };

	/** Spreads retries of many callers over time instead of hitting a recovering service all at once. */
	static final double RETRY_JITTER = 0.5;

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, RoutingProperties properties,
			ExpiredSessionFilter expiredSession) {
		RoutingProperties.Retry retry = properties.retry();
		RouteLocatorBuilder.Builder routes = builder.routes();
		for (Map.Entry<String, URI> backend : new TreeMap<>(properties.backends()).entrySet()) {
			String service = backend.getKey();
			routes.route(service, (route) -> route.path("/api/" + service + "/**")
				.filters((filters) -> filters.stripPrefix(2)
					.filter(expiredSession)
					.tokenRelay()
					.circuitBreaker((breaker) -> breaker.setName(service)
						.setFallbackUri("forward:/fallback/" + service)
						.setStatusCodes(Set.of(BREAKER_STATUSES)))
					.retry((config) -> config.setRetries(retry.retries())
						.setMethods(HttpMethod.GET)
						.setStatuses(retry.statuses().toArray(HttpStatus[]::new))
						// the factory's default also retries every 5xx; only the listed statuses are retried
						.setSeries()
						.setBackoff(new BackoffConfig(retry.firstBackoff(), retry.maxBackoff(), 2, false))
						.setJitter(RETRY_JITTER)))
				.uri(backend.getValue()));
		}
		return routes.build();
	}

}
