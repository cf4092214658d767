package be.brussels.poles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser's path through the backend-for-frontend, driven over HTTP: OIDC login on the real
 * Keycloak login form, the session cookie, CSRF on a mutating call, token relay to a pole, logout.
 */
class OidcLoginIT {

  private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

  @Test
  void aStaffMemberLogsInThroughKeycloakAndActsWithTheSessionAndTheCsrfToken() {
    Http browser = new Http();
    URI gateway = RunningPlatform.gateway();

    login(browser, gateway, "nora.atrium");

    Http.Response me = browser.get(gateway.resolve("/api/me"), null);
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().get("agency").asString()).isEqualTo("/hub/atrium");
    assertThat(me.body()).contains("advisor");

    String number = Companies.registered("Boutique Atrium Test");
    String body = Json.write(Map.of("enterpriseNumber", number, "packageType", "ATRIUM_OPEN"));
    Http.Response withoutCsrf = browser.postJson(gateway.resolve("/api/guidance/guidance-files"),
        null, body);
    assertThat(withoutCsrf.status()).isEqualTo(403);

    Http.Response withCsrf = browser.postJson(gateway.resolve("/api/guidance/guidance-files"),
        null, body, Map.of("X-XSRF-TOKEN", csrfToken(browser)));
    assertThat(withCsrf.status()).as(withCsrf.body()).isEqualTo(201);
    assertThat(withCsrf.json().get("agency").asString()).isEqualTo("HUB_ATRIUM");

    Http.Response logout = browser.postForm(gateway.resolve("/logout"),
        "_csrf=" + URLEncoder.encode(csrfToken(browser), StandardCharsets.UTF_8));
    assertThat(logout.status()).isEqualTo(302);
    assertThat(logout.header("Location")).contains("/protocol/openid-connect/logout");
    assertThat(browser.get(gateway.resolve("/api/me"), null).status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordLeavesTheUserLoggedOut() {
    Http browser = new Http();
    URI gateway = RunningPlatform.gateway();
    Http.Response page = openLoginPage(browser, gateway);

    Http.Response refused = browser.postForm(formAction(page), "username=nora.atrium&password=wrong");

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).containsIgnoringCase("invalid");
    assertThat(browser.get(gateway.resolve("/api/me"), null).status()).isEqualTo(401);
  }

  static void login(Http browser, URI gateway, String username) {
    Http.Response page = openLoginPage(browser, gateway);
    Http.Response back = browser.postForm(formAction(page),
        "username=" + username + "&password=demo&credentialId=");
    assertThat(back.status()).as("Keycloak redirects back to the gateway").isEqualTo(302);
    Http.Response callback = browser.get(URI.create(back.header("Location")), null);
    assertThat(callback.status()).as("the gateway completes the login").isEqualTo(302);
  }

  private static Http.Response openLoginPage(Http browser, URI gateway) {
    Http.Response start = browser.get(gateway.resolve("/oauth2/authorization/keycloak"), null);
    assertThat(start.status()).isEqualTo(302);
    Http.Response page = browser.get(URI.create(start.header("Location")), null);
    assertThat(page.status()).as("Keycloak's login page").isEqualTo(200);
    return page;
  }

  private static URI formAction(Http.Response loginPage) {
    Matcher matcher = FORM_ACTION.matcher(loginPage.body());
    assertThat(matcher.find()).as("a login form").isTrue();
    return URI.create(matcher.group(1).replace("&amp;", "&"));
  }

  /** The CSRF token the gateway hands to the page in the XSRF-TOKEN cookie. */
  private static String csrfToken(Http browser) {
    browser.get(RunningPlatform.gateway().resolve("/api/me"), null);
    return browser.cookies.value(RunningPlatform.gateway().getHost(), "XSRF-TOKEN")
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }
}
