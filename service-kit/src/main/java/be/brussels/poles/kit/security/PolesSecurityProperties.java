package be.brussels.poles.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service checks tokens and obtains its own: {@code poles.security.*}, fed by the
 * environment (docs/runtime.md).
 *
 * @param issuerUri the realm's issuer; a token from any other issuer is refused
 * @param jwksUri where the realm publishes its signing keys
 * @param tokenUri the token endpoint, for this service's client-credentials token
 * @param clientId this service's client id; also the audience it accepts
 * @param clientSecret this service's client secret
 */
@ConfigurationProperties("poles.security")
public record PolesSecurityProperties(
    String issuerUri, String jwksUri, String tokenUri, String clientId, String clientSecret) {}
