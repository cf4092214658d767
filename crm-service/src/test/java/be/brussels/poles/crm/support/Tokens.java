package be.brussels.poles.crm.support;

import be.brussels.poles.testsupport.TestIdentityProvider;

/** Tokens shaped like the realm's, for the people and systems the tests play. */
public final class Tokens {

  public static final String AUDIENCE = "crm-service";

  private final TestIdentityProvider idp;

  public Tokens(TestIdentityProvider idp) {
    this.idp = idp;
  }

  /** A staff member of {@code groupPath} ("/hub/impulse") with realm roles. */
  public String staff(String groupPath, String... roles) {
    return idp.user("user-" + groupPath.replace('/', '-').substring(1), groupPath, roles)
        .audience(AUDIENCE, "poles-gateway").sign();
  }

  /** A named staff member, for features that know people by username (teams, inboxes). */
  public String person(String username, String groupPath, String... roles) {
    return idp.user(username, groupPath, roles).audience(AUDIENCE, "poles-gateway").sign();
  }

  public String impulseAdvisor() {
    return staff("/hub/impulse", "advisor");
  }

  public String financeAnalyst() {
    return staff("/finance", "analyst");
  }

  public String steeringManager() {
    return staff("/steering", "manager");
  }

  /** A pole's (or the CRM's own) service account. */
  public String service(String clientId) {
    return idp.service(clientId).audience(AUDIENCE).sign();
  }

  /** A partner system: client credentials, role partner, no agency. */
  public String partner() {
    return idp.service("partner-system").roles("partner").audience("poles-gateway", AUDIENCE).sign();
  }

  public TestIdentityProvider provider() {
    return idp;
  }
}
