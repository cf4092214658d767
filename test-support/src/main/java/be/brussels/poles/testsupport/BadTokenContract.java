package be.brussels.poles.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The half of a service's token matrix that is the same on every service, as tests the service's
 * matrix inherits: without a token, and with each kind of token that must never authenticate
 * ({@link TokenMatrix#missingAndInvalidTokens}), every REST call is a 401 (problem+json,
 * {@code WWW-Authenticate: Bearer}) and the gRPC call is {@code UNAUTHENTICATED}; one test per
 * token. The service's class implements the three methods below next to its own checks (who is
 * refused once authenticated).
 */
public interface BadTokenContract {

  /** No token (null) and the tokens that must never authenticate, by what is wrong with them. */
  Map<String, String> badTokens();

  /**
   * Makes the service's REST calls with {@code token} (null: none) and returns the answers; it
   * may check on the way that nothing was done (nothing stored).
   */
  List<HttpResponse<String>> restCallsWith(String token);

  /**
   * Makes the service's gRPC call with {@code token} (null: none) and returns its outcome
   * ({@link GrpcCalls#status}).
   */
  Status.Code grpcCallWith(String token);

  @TestFactory
  default Stream<DynamicTest> restRefusesMissingAndInvalidTokensWith401() {
    return eachBadToken((why, token) -> {
      List<HttpResponse<String>> answers = restCallsWith(token);
      assertThat(answers).as(why).isNotEmpty();
      answers.forEach(answer -> TokenMatrix.assertUnauthenticated(why, answer));
    });
  }

  @TestFactory
  default Stream<DynamicTest> grpcRefusesMissingAndInvalidTokensAsUnauthenticated() {
    return eachBadToken((why, token) ->
        assertThat(grpcCallWith(token)).as(why).isEqualTo(Status.Code.UNAUTHENTICATED));
  }

  private Stream<DynamicTest> eachBadToken(TokenCheck check) {
    Map<String, String> tokens = badTokens();
    assertThat(tokens).containsKey(TokenMatrix.NONE).hasSizeGreaterThan(1);
    return tokens.entrySet().stream().map(token -> DynamicTest.dynamicTest(token.getKey(),
        () -> check.run(token.getKey(), token.getValue())));
  }

  /** One check with one token. */
  @FunctionalInterface
  interface TokenCheck {
    void run(String why, String token);
  }
}
