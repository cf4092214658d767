package be.brussels.poles.kit.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Realm roles. Staff roles first; SERVICE and PARTNER are machine identities. */
public enum Role {
  INTAKE, ADVISOR, ANALYST, COMMITTEE, KAM, MANAGER, AUDITOR, ADMIN,
  /** A platform service account (client credentials). */
  SERVICE,
  /** A partner system cross-referencing companies through the API. */
  PARTNER;

  /** The role's name in Keycloak, e.g. "advisor". */
  public String realmName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromRealmName(String name) {
    return Arrays.stream(values()).filter(r -> r.realmName().equals(name)).findFirst();
  }
}
