package be.brussels.poles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh companies for each test, so tests never depend on each other's data. */
final class Companies {

  private Companies() {}

  /** A random valid enterprise number (0-series, mod-97 check digits). */
  static String freshNumber() {
    long body = ThreadLocalRandom.current().nextLong(2_000_000, 9_999_999);
    return String.format("%08d%02d", body, 97 - body % 97);
  }

  /** Registers a company in the CRM through the gateway and returns its number. */
  static String registered(String name) {
    String number = freshNumber();
    Http.Response response = new Http().postJson(
        RunningPlatform.gateway().resolve("/api/crm/companies"), Tokens.user("lea.intake"),
        Json.write(Map.of("enterpriseNumber", number, "name", name)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return number;
  }
}
