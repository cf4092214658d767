package be.brussels.poles.crm.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.Http.Response;
import be.brussels.poles.crm.support.TestNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read what, agency by role, on the journey's shared views, teams, referrals, key
 * accounts, grants, the access log and the indicators (detail, list and export paths). The
 * finer rules (redaction, grants, team membership) are in the features' own ITs.
 */
class PartBAccessMatrixIT extends CrmIntegrationTest {

  private static final String NUMBER = TestNumbers.fresh();

  /** Readers, by name, as tokens. */
  private static final Map<String, Supplier<String>> READERS = new LinkedHashMap<>();

  static {
    READERS.put("1819 intake", () -> TOKENS.staff("/hub/1819", "intake"));
    READERS.put("impulse advisor", () -> TOKENS.staff("/hub/impulse", "advisor"));
    READERS.put("finance committee", () -> TOKENS.staff("/finance", "committee"));
    READERS.put("actiris kam", () -> TOKENS.staff("/actiris", "kam"));
    READERS.put("impulse manager", () -> TOKENS.staff("/hub/impulse", "manager"));
    READERS.put("steering auditor", () -> TOKENS.staff("/steering", "auditor"));
    READERS.put("steering manager", () -> TOKENS.staff("/steering", "manager"));
    READERS.put("partner system", TOKENS::partner);
    READERS.put("pole service", () -> TOKENS.service("guidance-service"));
  }

  /** Path, then the expected status per reader in {@link #READERS} order. */
  static Stream<Arguments> matrix() {
    String n = "/companies/" + NUMBER;
    return Stream.of(
        Arguments.of(n + "/journey", List.of(200, 200, 200, 200, 200, 403, 403, 403, 403)),
        Arguments.of(n + "/agencies", List.of(200, 200, 200, 200, 200, 403, 403, 403, 403)),
        Arguments.of(n + "/team", List.of(200, 200, 200, 200, 200, 403, 403, 403, 403)),
        Arguments.of("/referrals", List.of(200, 200, 200, 200, 200, 403, 403, 403, 403)),
        Arguments.of("/key-accounts", List.of(403, 403, 403, 200, 403, 403, 403, 403, 403)),
        Arguments.of("/sharing-grants", List.of(200, 200, 200, 200, 200, 200, 403, 403, 403)),
        Arguments.of("/access-log", List.of(403, 403, 403, 403, 403, 200, 403, 403, 403)),
        Arguments.of("/indicators", List.of(403, 403, 403, 403, 200, 200, 200, 403, 403)),
        Arguments.of("/indicators.csv", List.of(403, 403, 403, 403, 200, 200, 200, 403, 403)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void eachReaderGetsWhatItsAgencyAndRoleAllow(String path, List<Integer> expected) {
    int i = 0;
    for (Map.Entry<String, Supplier<String>> reader : READERS.entrySet()) {
      Response response = http.get(path, reader.getValue().get());
      assertThat(response.status()).as(reader.getKey() + " GET " + path + ": " + response)
          .isEqualTo(expected.get(i++));
    }
  }
}
