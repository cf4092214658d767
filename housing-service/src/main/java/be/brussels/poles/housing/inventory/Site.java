package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.Officer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A place of the housing pole's configurable inventory: a business park, an SME building, an
 * incubator, a business centre, a coworking space, a fab lab or a starter centre, with who runs
 * it, where it is, its sector focus and its services. The sources give no stock figures, so the
 * inventory is whatever citydev staff enter (plus the clearly marked demo data). Its units are
 * their own aggregates ({@link Unit}), so that leasing one unit never conflicts with editing
 * another.
 *
 * @param postcode a Brussels postcode, 1000-1299
 * @param sectors the sector focus; empty is treated as {@link Sector#GENERAL}
 * @param services what the site offers its occupants ("reception", "meeting rooms", ...)
 */
public record Site(UUID siteId, String name, SiteType type, String operator, String street,
    String postcode, Commune commune, Coordinates coordinates, List<Sector> sectors,
    List<String> services, Officer createdBy, Instant createdAt, long version) {

  public Site {
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(postcode, "postcode");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(coordinates, "coordinates");
    sectors = List.copyOf(sectors);
    services = List.copyOf(services);
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** True when a company of {@code sector} fits the site's focus. */
  public boolean welcomes(Sector sector) {
    return sectors.isEmpty() || sectors.contains(Sector.GENERAL) || sectors.contains(sector);
  }

  /** The same site with its descriptive fields replaced, at the version it was read at. */
  public Site describedAs(String newName, String newOperator, String newStreet,
      String newPostcode, Commune newCommune, Coordinates newCoordinates, List<Sector> newSectors,
      List<String> newServices) {
    return new Site(siteId, newName, type, newOperator, newStreet, newPostcode, newCommune,
        newCoordinates, newSectors, newServices, createdBy, createdAt, version);
  }
}
