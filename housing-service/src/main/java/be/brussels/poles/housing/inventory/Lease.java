package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A lease or occupancy agreement of one unit by one company, from {@code start} to {@code end}
 * (both days included). It lives inside its unit's document, so that checking for an overlap
 * and writing the lease are one conditional update (no two staff can lease one unit for
 * overlapping periods). The rent is confidential to the housing pole.
 *
 * @param requestId the location request it answers, or null
 * @param terminated true when ended early ({@code end} is then the last day)
 * @param endingSignalled true once the end-of-lease journey event was written
 */
public record Lease(UUID leaseId, EnterpriseNumber enterpriseNumber, String companyName,
    LeaseKind kind, LocalDate start, LocalDate end, Money monthlyRent, UUID requestId,
    Officer signedBy, Instant signedAt, boolean terminated, boolean endingSignalled) {

  public Lease {
    Objects.requireNonNull(leaseId, "leaseId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    companyName = Objects.requireNonNullElse(companyName, "");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(monthlyRent, "monthlyRent");
    Objects.requireNonNull(signedBy, "signedBy");
    Objects.requireNonNull(signedAt, "signedAt");
  }

  /** True when the two periods share at least one day. */
  public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
    return !otherEnd.isBefore(start) && !otherStart.isAfter(end);
  }

  public boolean covers(LocalDate day) {
    return overlaps(day, day);
  }

  public LeaseStatus statusOn(LocalDate today) {
    if (today.isBefore(start)) {
      return LeaseStatus.UPCOMING;
    }
    if (!today.isAfter(end)) {
      return LeaseStatus.ACTIVE;
    }
    return terminated ? LeaseStatus.TERMINATED : LeaseStatus.ENDED;
  }

  Lease terminatedOn(LocalDate lastDay) {
    return new Lease(leaseId, enterpriseNumber, companyName, kind, start, lastDay, monthlyRent,
        requestId, signedBy, signedAt, true, endingSignalled);
  }

  Lease withEndingSignalled() {
    return new Lease(leaseId, enterpriseNumber, companyName, kind, start, end, monthlyRent,
        requestId, signedBy, signedAt, terminated, true);
  }
}
