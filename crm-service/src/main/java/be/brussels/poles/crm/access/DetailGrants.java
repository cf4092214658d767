package be.brussels.poles.crm.access;

import be.brussels.poles.kit.security.Agency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What protected data about one company a reader's agency may read besides its own, at the time
 * of the read, and why: from sharing agreements (purpose, legal basis, categories, validity) and
 * from multidisciplinary-team membership. Looked up once per read, not per entry.
 */
public record DetailGrants(List<Opening> openings) {

  private static final DetailGrants NONE = new DetailGrants(List.of());

  public DetailGrants {
    openings = List.copyOf(openings);
  }

  public static DetailGrants none() {
    return NONE;
  }

  /**
   * One opening: the categories of {@code owner}'s data the reader's agency may read, and on
   * which basis.
   */
  public record Opening(Agency owner, Set<DataCategory> categories, AccessBasis basis) {
    public Opening {
      Objects.requireNonNull(owner, "owner");
      categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** Whether the confidential detail of {@code owner} is opened. */
  public boolean opens(Agency owner) {
    return basis(owner, DataCategory.CONFIDENTIAL_DETAIL).isPresent();
  }

  /**
   * The basis on which {@code owner}'s data of {@code category} is opened: team membership
   * first (the closer relation), then the first sharing grant.
   */
  public Optional<AccessBasis> basis(Agency owner, DataCategory category) {
    Optional<AccessBasis> grant = Optional.empty();
    for (Opening opening : openings) {
      if (opening.owner() == owner && opening.categories().contains(category)) {
        if (opening.basis().kind() == AccessBasis.Kind.TEAM_MEMBERSHIP) {
          return Optional.of(opening.basis());
        }
        grant = grant.or(() -> Optional.of(opening.basis()));
      }
    }
    return grant;
  }

  /** These openings and {@code other}'s. */
  public DetailGrants and(DetailGrants other) {
    if (other.openings.isEmpty()) {
      return this;
    }
    if (openings.isEmpty()) {
      return other;
    }
    return new DetailGrants(java.util.stream.Stream.concat(openings.stream(),
        other.openings.stream()).toList());
  }
}
