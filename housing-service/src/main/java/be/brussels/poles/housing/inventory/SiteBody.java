package be.brussels.poles.housing.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /sites}, as received; {@link InventoryInput} checks every field at
 * once.
 *
 * @param type one of {@link SiteType}
 * @param postcode a Brussels postcode, "1000" to "1299"
 * @param commune the constant or either official name
 * @param coordinates decimal degrees, inside the region
 * @param sectors zero or more of {@link Sector}
 * @param services up to 30 short descriptions
 */
public record SiteBody(String name, String type, String operator, String street,
    String postcode, String commune, CoordinatesBody coordinates, List<String> sectors,
    List<String> services) {

  /** Latitude and longitude as exact JSON numbers. */
  public record CoordinatesBody(BigDecimal latitude, BigDecimal longitude) {}
}
