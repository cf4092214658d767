package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.LocationRequestView.AmountView;
import be.brussels.poles.housing.request.LocationRequestView.ContactView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The inventory as the REST API returns it; enums come with their FR/NL/EN labels. */
public final class InventoryViews {

  private InventoryViews() {}

  /** A constant and what to show for it. */
  public record Coded(String code, Labels labels) {

    static Coded of(SiteType type) {
      return new Coded(type.name(), type.labels());
    }

    static Coded of(Sector sector) {
      return new Coded(sector.name(), sector.labels());
    }

    static Coded of(LeaseKind kind) {
      return new Coded(kind.name(), kind.labels());
    }

    static Coded of(LeaseStatus status) {
      return new Coded(status.name(), status.labels());
    }
  }

  public record CoordinatesView(double latitude, double longitude) {}

  public record SiteView(String siteId, String name, Coded type, String operator, String street,
      String postcode, String commune, String communeName, CoordinatesView coordinates,
      List<Coded> sectors, List<String> services, ContactView createdBy, String createdAt,
      long version) {

    public static SiteView of(Site s) {
      return new SiteView(s.siteId().toString(), s.name(), Coded.of(s.type()), s.operator(),
          s.street(), s.postcode(), s.commune().name(), s.commune().bilingualName(),
          new CoordinatesView(s.coordinates().latitude(), s.coordinates().longitude()),
          s.sectors().stream().map(Coded::of).toList(), s.services(),
          new ContactView(s.createdBy().name(), s.createdBy().email()), s.createdAt().toString(),
          s.version());
    }
  }

  /**
   * A lease as housing-pole staff see it (rent included).
   *
   * @param status on the day of the answer
   */
  public record LeaseView(String leaseId, String unitId, String enterpriseNumber,
      String companyName, Coded kind, String start, String end, AmountView monthlyRent,
      Coded status, String requestId, ContactView signedBy, String signedAt) {

    public static LeaseView of(Unit unit, Lease l, LocalDate today) {
      return new LeaseView(l.leaseId().toString(), unit.unitId().toString(),
          l.enterpriseNumber().value(), l.companyName(), Coded.of(l.kind()),
          l.start().toString(), l.end().toString(), AmountView.of(l.monthlyRent()),
          Coded.of(l.statusOn(today)), l.requestId() == null ? null : l.requestId().toString(),
          new ContactView(l.signedBy().name(), l.signedBy().email()), l.signedAt().toString());
    }
  }

  /**
   * A unit. {@code leases} is null for callers outside the housing pole (who the tenants are and
   * what they pay is its confidential detail); {@code firstFreeDay} is null when the unit can no
   * longer be let.
   */
  public record UnitView(String unitId, String siteId, String siteName, Coded siteType,
      String commune, String type, String reference, int surface, AmountView monthlyPrice,
      String availableFrom, String availableUntil, String firstFreeDay, List<LeaseView> leases,
      long version) {

    public static UnitView of(Unit u, LocalDate today, boolean withLeases) {
      return new UnitView(u.unitId().toString(), u.siteId().toString(), u.siteName(),
          Coded.of(u.siteType()), u.commune().name(), u.type().name(), u.reference(), u.surface(),
          AmountView.of(u.monthlyPrice()), u.availableFrom().toString(),
          u.availableUntil() == null ? null : u.availableUntil().toString(),
          u.firstFreeDay(today).map(LocalDate::toString).orElse(null),
          withLeases ? u.leases().stream().map(l -> LeaseView.of(u, l, today)).toList() : null,
          u.version());
    }
  }

  public record OccupancyView(String month, int lettableUnits, int leasedUnits,
      int lettableSurface, int leasedSurface, BigDecimal rate) {

    public static OccupancyView of(Occupancy o) {
      return new OccupancyView(o.month().toString(), o.lettableUnits(), o.leasedUnits(),
          o.lettableSurface(), o.leasedSurface(), o.rate());
    }
  }
}
