package be.brussels.poles.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tokens that must never authenticate at any service, and what a service answers them on
 * REST (401, problem+json, {@code WWW-Authenticate: Bearer}); {@link BadTokenContract} checks
 * them on REST and gRPC. Who is let in once authenticated (403 / {@code PERMISSION_DENIED}) is
 * each service's own business and stays in its tests.
 */
public final class TokenMatrix {

  /** What "no token at all" is called in {@link #missingAndInvalidTokens}; its token is null. */
  public static final String NONE = "none";
  /** An issuer no service trusts. */
  public static final String FOREIGN_ISSUER = "http://127.0.0.1:1/realms/other";

  private TokenMatrix() {}

  /**
   * Tokens no service may accept, by what is wrong with them, in this order: expired, wrong
   * issuer, wrong audience, forged (signed with a key the JWKS does not publish), garbage.
   *
   * @param user a fresh builder of a token the service would accept once given
   *     {@code audiences}, e.g. {@code () -> IDP.user("ana", "/finance", "analyst")}
   * @param audiences audiences that include the service
   * @param wrongAudiences audiences that do not
   */
  public static Map<String, String> invalidTokens(Supplier<TestIdentityProvider.TokenBuilder> user,
      List<String> audiences, List<String> wrongAudiences) {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("expired", user.get().audience(audiences).expired().sign());
    tokens.put("wrong issuer", user.get().audience(audiences).issuer(FOREIGN_ISSUER).sign());
    tokens.put("wrong audience", user.get().audience(wrongAudiences).sign());
    tokens.put("forged", user.get().audience(audiences).forged().sign());
    tokens.put("garbage", "not.a.jwt");
    return tokens;
  }

  /** {@link #NONE} (a null token) followed by the {@link #invalidTokens}. */
  public static Map<String, String> missingAndInvalidTokens(
      Supplier<TestIdentityProvider.TokenBuilder> user, List<String> audiences,
      List<String> wrongAudiences) {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put(NONE, null);
    tokens.putAll(invalidTokens(user, audiences, wrongAudiences));
    return tokens;
  }

  /** The answer to a missing or invalid token: 401, problem+json, WWW-Authenticate: Bearer. */
  public static void assertUnauthenticated(String why, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(why + ": " + response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).as(why)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("WWW-Authenticate")).as(why).hasValue("Bearer");
  }
}
