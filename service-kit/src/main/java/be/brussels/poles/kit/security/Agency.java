package be.brussels.poles.kit.security;

import java.util.Arrays;
import java.util.Optional;

/** The organisations of the platform, each a Keycloak group. */
public enum Agency {
  HUB_1819("/hub/1819", Pole.GUIDANCE),
  HUB_IMPULSE("/hub/impulse", Pole.GUIDANCE),
  HUB_ATRIUM("/hub/atrium", Pole.GUIDANCE),
  HUB_BIE("/hub/bie", Pole.GUIDANCE),
  FINANCE("/finance", Pole.FINANCING),
  GUARANTEE_FUND("/guarantee-fund", Pole.FINANCING),
  CITYDEV("/citydev", Pole.HOUSING),
  ACTIRIS("/actiris", Pole.EMPLOYMENT),
  /** The SBA steering committee: aggregates only, never a company's detail. */
  STEERING("/steering", Pole.NONE);

  private final String groupPath;
  private final Pole pole;

  Agency(String groupPath, Pole pole) {
    this.groupPath = groupPath;
    this.pole = pole;
  }

  /** The Keycloak group path, e.g. "/hub/impulse". */
  public String groupPath() {
    return groupPath;
  }

  public Pole pole() {
    return pole;
  }

  public static Optional<Agency> fromGroupPath(String path) {
    return Arrays.stream(values()).filter(a -> a.groupPath.equals(path)).findFirst();
  }

  /** The pole an agency belongs to. */
  public enum Pole {
    GUIDANCE, FINANCING, HOUSING, EMPLOYMENT, NONE
  }
}
