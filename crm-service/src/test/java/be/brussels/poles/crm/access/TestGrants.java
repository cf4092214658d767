package be.brussels.poles.crm.access;

import be.brussels.poles.kit.security.Agency;
import java.util.List;
import java.util.Set;

/** Grants for tests of features that read through them. */
public final class TestGrants {

  private TestGrants() {}

  /** A sharing grant opening the confidential detail of {@code owner}. */
  public static DetailGrants confidentialDetailOf(Agency owner) {
    return new DetailGrants(List.of(new DetailGrants.Opening(owner,
        Set.of(DataCategory.CONFIDENTIAL_DETAIL), new AccessBasis(AccessBasis.Kind.SHARING_GRANT,
            "grant-1", "co-financing analysis", "protocol 2026/7"))));
  }
}
