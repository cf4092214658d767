package be.brussels.poles.housing.matching;

import be.brussels.poles.housing.inventory.Sector;
import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ranks units against a location request. Only units of the requested type that are free within
 * {@link #HORIZON_DAYS} days of the wanted date compete; each gets a score per {@link Criterion}
 * with its reason, weighted into a total. Ties go to the cheaper unit, then the unit id, so the
 * order is stable. Pure: no Spring, no database.
 */
public final class Matching {

  /** A unit free more than this many days after the wanted date is not proposed at all. */
  public static final int HORIZON_DAYS = 365;
  /** A unit free this many days late scores zero on availability. */
  static final int AVAILABILITY_FADE_DAYS = 180;
  /** A generalist site suits any sector, but less than a site focused on the company's. */
  static final int GENERALIST_SECTOR_SCORE = 70;
  static final int OTHER_SECTOR_SCORE = 20;

  private Matching() {}

  public static List<Match> rank(LocationRequest request, List<Unit> units) {
    List<Match> matches = new ArrayList<>();
    for (Unit unit : units) {
      if (unit.type() != request.unitType()) {
        continue;
      }
      Optional<LocalDate> free = unit.firstFreeDay(request.wantedFrom());
      if (free.isEmpty()
          || ChronoUnit.DAYS.between(request.wantedFrom(), free.get()) > HORIZON_DAYS) {
        continue;
      }
      List<Match.Component> components = List.of(surface(request, unit), budget(request, unit),
          commune(request, unit), sector(request, unit),
          availability(request, free.get()));
      int total = (int) Math.round(components.stream()
          .mapToDouble(c -> c.score() * c.criterion().weight() / 100.0).sum());
      matches.add(new Match(unit, total, free.get(), components));
    }
    matches.sort(Comparator.comparingInt(Match::score).reversed()
        .thenComparing(m -> m.unit().monthlyPrice())
        .thenComparing(m -> m.unit().unitId()));
    return matches;
  }

  static Match.Component surface(LocationRequest request, Unit unit) {
    int min = request.surface().min();
    int max = request.surface().max();
    int surface = unit.surface();
    if (surface >= min && surface <= max) {
      return new Match.Component(Criterion.SURFACE, 100,
          surface + " m\u00b2 is within the " + request.surface().display() + " asked");
    }
    int score = surface < min ? percent(surface, min) : percent(max, surface);
    return new Match.Component(Criterion.SURFACE, score, surface + " m\u00b2 is "
        + (surface < min ? "below" : "above") + " the " + request.surface().display() + " asked");
  }

  static Match.Component budget(LocationRequest request, Unit unit) {
    Money price = unit.monthlyPrice();
    Optional<Money> budget = request.maxMonthlyBudget();
    if (budget.isEmpty()) {
      return new Match.Component(Criterion.BUDGET, 100,
          "no budget given; asking " + price.display() + " a month");
    }
    if (!price.isGreaterThan(budget.get())) {
      return new Match.Component(Criterion.BUDGET, 100, price.display()
          + " a month is within the budget of " + budget.get().display());
    }
    int score = price.amount().signum() == 0 ? 100 : budget.get().amount()
        .multiply(BigDecimal.valueOf(100)).divide(price.amount(), 0, RoundingMode.DOWN).intValue();
    return new Match.Component(Criterion.BUDGET, score, price.display()
        + " a month exceeds the budget of " + budget.get().display() + " by "
        + price.minus(budget.get()).display());
  }

  static Match.Component commune(LocationRequest request, Unit unit) {
    if (request.communes().isEmpty()) {
      return new Match.Component(Criterion.COMMUNE, 100,
          "any commune will do; it is in " + unit.commune().bilingualName());
    }
    if (request.communes().contains(unit.commune())) {
      return new Match.Component(Criterion.COMMUNE, 100,
          unit.commune().bilingualName() + " is one of the communes asked");
    }
    return new Match.Component(Criterion.COMMUNE, 0, unit.commune().bilingualName()
        + " is not among the communes asked ("
        + request.communes().stream().map(Commune::bilingualName)
            .collect(Collectors.joining(", ")) + ")");
  }

  static Match.Component sector(LocationRequest request, Unit unit) {
    Sector sector = request.details().sector();
    if (sector == null) {
      return new Match.Component(Criterion.SECTOR, 100, "no sector given");
    }
    String name = sector.labels().en().toLowerCase(Locale.ROOT);
    if (unit.sectors().contains(sector)) {
      return new Match.Component(Criterion.SECTOR, 100,
          unit.siteName() + " focuses on " + name);
    }
    if (unit.sectors().isEmpty() || unit.sectors().contains(Sector.GENERAL)) {
      return new Match.Component(Criterion.SECTOR, GENERALIST_SECTOR_SCORE,
          unit.siteName() + " is a generalist site");
    }
    return new Match.Component(Criterion.SECTOR, OTHER_SECTOR_SCORE, unit.siteName()
        + " focuses on " + unit.sectors().stream()
            .map(s -> s.labels().en().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + ", not " + name);
  }

  static Match.Component availability(LocationRequest request, LocalDate free) {
    long late = ChronoUnit.DAYS.between(request.wantedFrom(), free);
    if (late <= 0) {
      return new Match.Component(Criterion.AVAILABILITY, 100,
          "free on the wanted date, " + request.wantedFrom());
    }
    int score = (int) Math.max(0, 100 - late * 100 / AVAILABILITY_FADE_DAYS);
    return new Match.Component(Criterion.AVAILABILITY, score,
        "free from " + free + ", " + late + " days after the wanted date");
  }

  /** part / whole in percent, rounded down. */
  private static int percent(int part, int whole) {
    return (int) (part * 100L / whole);
  }
}
