package be.brussels.poles.kit.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the decoder every service uses for REST and gRPC alike: signature against the realm's
 * JWKS (fetched lazily, so a service starts before Keycloak), expiry, issuer and audience.
 * Keycloak adds no audience by default; the realm's audience mappers do, and without this check
 * a token minted for another client would be accepted.
 */
public final class JwtDecoders {

  private JwtDecoders() {}

  public static JwtDecoder forService(PolesSecurityProperties properties) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri()).build();
    OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
        audience(properties.clientId()));
    decoder.setJwtValidator(validator);
    return decoder;
  }

  private static OAuth2TokenValidator<Jwt> audience(String expected) {
    return jwt -> {
      List<String> audience = jwt.getAudience();
      return audience != null && audience.contains(expected)
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
              "the token is not meant for " + expected, null));
    };
  }
}
