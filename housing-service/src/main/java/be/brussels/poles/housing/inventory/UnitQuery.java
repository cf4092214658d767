package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.PageQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A checked {@code GET /units}: optional filters, a sort order and one page.
 *
 * @param freeOn only units that can be let and are not leased on that day
 * @param minSurface only units at least this large (0: any)
 */
public record UnitQuery(Optional<UUID> siteId, Optional<UnitType> type, Optional<Commune> commune,
    Optional<LocalDate> freeOn, int minSurface, Sort sort, PageQuery page) {

  /** The sort orders offered; a leading "-" in the parameter sorts descending. */
  public record Sort(Field field, boolean descending) {

    /** What a list of units can be sorted on. */
    public enum Field { REFERENCE, SURFACE, PRICE, AVAILABLE_FROM }

    public static final Sort DEFAULT = new Sort(Field.REFERENCE, false);

    /** "surface", "-price", "availableFrom"; absent: by reference. Null after a violation. */
    static Sort parse(String text, List<FieldViolation> violations) {
      if (text == null || text.isBlank()) {
        return DEFAULT;
      }
      String stripped = text.strip();
      boolean descending = stripped.startsWith("-");
      String name = (descending ? stripped.substring(1) : stripped)
          .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
      for (Field field : Field.values()) {
        if (field.name().equals(name)) {
          return new Sort(field, descending);
        }
      }
      violations.add(new FieldViolation("sort",
          "must be one of reference, surface, price, availableFrom (a leading - for descending)"));
      return null;
    }
  }
}
