package be.brussels.poles.kit.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST side of every service: a stateless OAuth2 resource server. Only health probes are
 * open; everything else needs a valid token. Finer rules (agency, role, grants) are decided by
 * each service on its own data, not here.
 */
public final class ResourceServerSecurity {

  private ResourceServerSecurity() {}

  public static SecurityFilterChain filterChain(HttpSecurity http, JwtDecoder decoder)
      throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .anyRequest().authenticated())
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(ResourceServerSecurity::toAuthentication))
            .authenticationEntryPoint((request, response, e) ->
                writeProblem(response, 401, "Unauthorized", "a valid bearer token is required"))
            .accessDeniedHandler((request, response, e) ->
                writeProblem(response, 403, "Access denied", "the caller may not do this")))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint((request, response, e) ->
                writeProblem(response, 401, "Unauthorized", "a valid bearer token is required")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Bearer tokens only, no cookies: nothing for a cross-site request to ride on.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  private static AbstractAuthenticationToken toAuthentication(Jwt jwt) {
    Caller caller = CallerClaims.fromClaims(jwt.getClaims());
    return new JwtAuthenticationToken(jwt,
        CallerClaims.authorities(caller).stream().map(SimpleGrantedAuthority::new).toList(),
        caller.username());
  }

  private static void writeProblem(HttpServletResponse response, int status, String title,
      String detail) throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
        + status + ",\"detail\":\"" + detail + "\"}");
  }
}
