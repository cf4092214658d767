package be.brussels.poles.crm.access;

import be.brussels.poles.kit.security.Agency;
import java.util.EnumSet;
import java.util.Set;

/**
 * The owning agencies whose confidential detail about one company a reader's agency may read
 * besides its own, at the time of the read: from sharing agreements (purpose, legal basis,
 * validity) and from multidisciplinary-team membership. Both arrive with issue 3; until then
 * nobody holds a grant.
 */
public record DetailGrants(Set<Agency> owners) {

  private static final DetailGrants NONE = new DetailGrants(Set.of());

  public DetailGrants {
    owners = owners.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(owners));
  }

  public static DetailGrants none() {
    return NONE;
  }

  public boolean opens(Agency owner) {
    return owners.contains(owner);
  }
}
