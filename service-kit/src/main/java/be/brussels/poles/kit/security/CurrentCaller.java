package be.brussels.poles.kit.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the current REST request, from Spring Security's context. */
public final class CurrentCaller {

  private CurrentCaller() {}

  /** The authenticated caller; REST endpoints are never reached without one. */
  public static Caller get() {
    return token().map(t -> CallerClaims.fromClaims(t.getToken().getClaims()))
        .orElseThrow(() -> new IllegalStateException("no authenticated caller on this thread"));
  }

  /** The raw bearer token of the current request, to forward to other services over gRPC. */
  public static Optional<String> bearerToken() {
    return token().map(t -> t.getToken().getTokenValue());
  }

  private static Optional<JwtAuthenticationToken> token() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof JwtAuthenticationToken jwt ? Optional.of(jwt) : Optional.empty();
  }
}
