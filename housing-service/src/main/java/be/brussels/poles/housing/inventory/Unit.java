package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One lettable unit of a site (an office, a workshop, a lab, a desk, a plot) with its surface,
 * its asking price a month and the dates it can be let, holding its leases. What matching needs
 * of its site (name, type, commune, sectors) is copied in, so a search reads one collection.
 * Free of Spring, gRPC and the driver.
 *
 * @param reference the operator's name for it, e.g. "B2.04"
 * @param availableUntil the last day it can be let, or null when open-ended
 */
public record Unit(UUID unitId, UUID siteId, String siteName, SiteType siteType, Commune commune,
    List<Sector> sectors, UnitType type, String reference, int surface, Money monthlyPrice,
    LocalDate availableFrom, LocalDate availableUntil, List<Lease> leases, Instant createdAt,
    long version) {

  /** The longest lease the pole signs. */
  public static final Period LONGEST_LEASE = Period.ofYears(9);
  /** The BIE starter centre's office is free for three months (SBA L4746-4750). */
  public static final Period BIE_FREE_PERIOD = Period.ofMonths(3);

  public Unit {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(siteType, "siteType");
    Objects.requireNonNull(commune, "commune");
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(monthlyPrice, "monthlyPrice");
    Objects.requireNonNull(availableFrom, "availableFrom");
    leases = leases.stream().sorted(Comparator.comparing(Lease::start)).toList();
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new unit of {@code site}, version 1, without leases. */
  public static Unit create(UUID unitId, Site site, UnitType type, String reference, int surface,
      Money monthlyPrice, LocalDate availableFrom, LocalDate availableUntil, Instant createdAt) {
    return new Unit(unitId, site.siteId(), site.name(), site.type(), site.commune(),
        site.sectors(), type, reference, surface, monthlyPrice, availableFrom, availableUntil,
        List.of(), createdAt, 1);
  }

  /**
   * The unit with a new lease, checked against the unit's dates and every lease it holds.
   *
   * @throws BusinessRuleException (422) naming the field: outside the unit's availability,
   *     overlapping another lease, a BIE office outside a starter centre or not free
   */
  public Unit withLease(Lease lease) {
    if (lease.kind() == LeaseKind.BIE_INVESTOR_OFFICE) {
      if (siteType != SiteType.STARTER_CENTRE) {
        throw new BusinessRuleException("kind",
            "the free BIE office is offered only in a starter centre, not a "
                + siteType.labels().en().toLowerCase(java.util.Locale.ROOT));
      }
      if (type != UnitType.OFFICE && type != UnitType.DESK) {
        throw new BusinessRuleException("kind", "the free BIE office is an office or a desk");
      }
    }
    if (lease.start().isBefore(availableFrom)) {
      throw new BusinessRuleException("start",
          "is before the unit can be let (from " + availableFrom + ")");
    }
    if (availableUntil != null && lease.end().isAfter(availableUntil)) {
      throw new BusinessRuleException("end",
          "is after the unit can be let (until " + availableUntil + ")");
    }
    for (Lease other : leases) {
      if (other.overlaps(lease.start(), lease.end())) {
        throw new BusinessRuleException("start", "the unit is already leased to "
            + (other.companyName().isEmpty() ? other.enterpriseNumber().formatted()
                : other.companyName())
            + " from " + other.start() + " to " + other.end() + " (lease " + other.leaseId()
            + "); overlapping leases on one unit are refused");
      }
    }
    List<Lease> all = new ArrayList<>(leases);
    all.add(lease);
    return withLeases(all);
  }

  /**
   * The unit with its reference, surface, asking price and availability changed (its type and
   * site stay); every lease it holds must still fit the new availability.
   *
   * @throws BusinessRuleException naming availableFrom / availableUntil when a lease falls outside
   */
  public Unit describedAs(String newReference, int newSurface, Money newPrice,
      LocalDate newFrom, LocalDate newUntil) {
    for (Lease lease : leases) {
      if (lease.start().isBefore(newFrom)) {
        throw new BusinessRuleException("availableFrom", "must be " + lease.start()
            + " or earlier: lease " + lease.leaseId() + " starts then");
      }
      if (newUntil != null && lease.end().isAfter(newUntil)) {
        throw new BusinessRuleException("availableUntil", "must be " + lease.end()
            + " or later: lease " + lease.leaseId() + " ends then");
      }
    }
    return new Unit(unitId, siteId, siteName, siteType, commune, sectors, type, newReference,
        newSurface, newPrice, newFrom, newUntil, leases, createdAt, version);
  }

  /** The lease, or a 404. */
  public Lease lease(UUID leaseId) {
    return leases.stream().filter(l -> l.leaseId().equals(leaseId)).findFirst()
        .orElseThrow(() -> new NotFoundException("no lease " + leaseId + " on unit " + unitId));
  }

  /**
   * The unit with the lease ended early: {@code lastDay} becomes its last day.
   *
   * @throws BusinessRuleException when {@code lastDay} is not within the lease
   */
  public Unit withLeaseTerminated(UUID leaseId, LocalDate lastDay) {
    Lease lease = lease(leaseId);
    if (lastDay.isBefore(lease.start()) || !lastDay.isBefore(lease.end())) {
      throw new BusinessRuleException("lastDay",
          "must be from " + lease.start() + " to the day before " + lease.end());
    }
    return replaced(lease.terminatedOn(lastDay));
  }

  /** The unit with the lease marked as having had its end-of-lease event. */
  public Unit withEndingSignalled(UUID leaseId) {
    return replaced(lease(leaseId).withEndingSignalled());
  }

  private Unit replaced(Lease changed) {
    List<Lease> all = new ArrayList<>(leases);
    all.replaceAll(l -> l.leaseId().equals(changed.leaseId()) ? changed : l);
    return withLeases(all);
  }

  private Unit withLeases(List<Lease> all) {
    return new Unit(unitId, siteId, siteName, siteType, commune, sectors, type, reference,
        surface, monthlyPrice, availableFrom, availableUntil, all, createdAt, version);
  }

  /** The lease covering {@code day}, if any. */
  public Optional<Lease> leaseOn(LocalDate day) {
    return leases.stream().filter(l -> l.covers(day)).findFirst();
  }

  /**
   * The first day on or after {@code from} when the unit can be let and no lease holds it;
   * empty when it cannot be let any more.
   */
  public Optional<LocalDate> firstFreeDay(LocalDate from) {
    LocalDate day = from.isBefore(availableFrom) ? availableFrom : from;
    for (Lease lease : leases) {
      if (lease.covers(day)) {
        day = lease.end().plusDays(1);
      }
    }
    if (availableUntil != null && day.isAfter(availableUntil)) {
      return Optional.empty();
    }
    return Optional.of(day);
  }

  /** True when the unit can be let on {@code day} and is not leased then. */
  public boolean isFreeOn(LocalDate day) {
    return firstFreeDay(day).filter(day::equals).isPresent();
  }
}
