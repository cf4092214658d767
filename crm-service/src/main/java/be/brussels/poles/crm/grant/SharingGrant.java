package be.brussels.poles.crm.grant;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sharing agreement, as data: the owning agency ({@code from}) opens some categories of its
 * protected data to another agency ({@code to}) for a purpose, on a legal basis (the Belgian
 * transfer protocol reference), for a period; for every company or for one.
 *
 * @param validUntil exclusive; empty: open-ended
 * @param company empty: every company the owner works with
 * @param revokedAt when the owner ended it early; a revoked grant opens nothing
 */
public record SharingGrant(String grantId, Agency from, Agency to, String purpose,
    String legalBasis, Set<DataCategory> categories, Instant validFrom,
    Optional<Instant> validUntil, Optional<EnterpriseNumber> company, String createdBy,
    Instant createdAt, Optional<Instant> revokedAt, String revokedBy, long version) {

  public SharingGrant {
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(legalBasis, "legalBasis");
    categories = Set.copyOf(EnumSet.copyOf(categories));
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    revokedBy = Objects.requireNonNullElse(revokedBy, "");
  }

  /** Whether it opens anything at {@code at}. */
  public boolean activeAt(Instant at) {
    return revokedAt.isEmpty() && !at.isBefore(validFrom)
        && validUntil.map(at::isBefore).orElse(true);
  }

  /** The basis an access through this grant is logged with. */
  public AccessBasis basis() {
    return new AccessBasis(AccessBasis.Kind.SHARING_GRANT, grantId, purpose, legalBasis);
  }
}
