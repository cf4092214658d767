package be.brussels.poles.housing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.housing.inventory.Coordinates;
import be.brussels.poles.housing.inventory.Lease;
import be.brussels.poles.housing.inventory.LeaseKind;
import be.brussels.poles.housing.inventory.Sector;
import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.inventory.SiteType;
import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.LocationRequest;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.housing.request.RequestDetails;
import be.brussels.poles.housing.request.SurfaceRange;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchingTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final LocalDate WANTED = LocalDate.parse("2027-01-01");
  static final Officer OFFICER = new Officer("O", "o@x");

  static LocationRequest request(Sector sector) {
    return LocationRequest.record(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"), "Co",
        true, UnitType.OFFICE, new SurfaceRange(40, 60), Money.euros("800"),
        List.of(Commune.IXELLES), WANTED, LocalDate.parse("2026-11-25"), Agency.CITYDEV, OFFICER,
        NOW).withDetails(new RequestDetails(sector, "", null, null));
  }

  static Unit unit(Commune commune, List<Sector> sectors, UnitType type, int surface,
      String price, LocalDate from) {
    Site site = new Site(UUID.randomUUID(), "Site " + commune, SiteType.BUSINESS_CENTRE, "op",
        "Rue 1", "1050", commune, new Coordinates(50.83, 4.37), sectors, List.of(), OFFICER, NOW,
        1);
    return Unit.create(UUID.randomUUID(), site, type, "R" + surface, surface,
        Money.euros(price), from, null, NOW);
  }

  @Test
  void aPerfectUnitScoresHundredWithAReasonForEachCriterion() {
    Unit perfect = unit(Commune.IXELLES, List.of(Sector.DIGITAL), UnitType.OFFICE, 50, "700",
        WANTED);
    Match match = Matching.rank(request(Sector.DIGITAL), List.of(perfect)).get(0);
    assertThat(match.score()).isEqualTo(100);
    assertThat(match.components()).extracting(c -> c.criterion())
        .containsExactly(Criterion.SURFACE, Criterion.BUDGET, Criterion.COMMUNE, Criterion.SECTOR,
            Criterion.AVAILABILITY);
    assertThat(match.components()).extracting(Match.Component::reason).containsExactly(
        "50 m\u00b2 is within the 40-60 m\u00b2 asked",
        "EUR 700.00 a month is within the budget of EUR 800.00",
        "Ixelles/Elsene is one of the communes asked",
        "Site IXELLES focuses on digital",
        "free on the wanted date, 2027-01-01");
  }

  @Test
  void eachShortcomingLowersItsOwnComponentAndSaysWhy() {
    Unit big = unit(Commune.IXELLES, List.of(), UnitType.OFFICE, 120, "700", WANTED);
    Unit dear = unit(Commune.IXELLES, List.of(), UnitType.OFFICE, 50, "1000", WANTED);
    Unit elsewhere = unit(Commune.JETTE, List.of(Sector.LIFE_TECH), UnitType.OFFICE, 50, "700",
        WANTED);
    Unit late = unit(Commune.IXELLES, List.of(), UnitType.OFFICE, 50, "700",
        WANTED.plusDays(90));
    List<Match> ranked = Matching.rank(request(Sector.DIGITAL), List.of(big, dear, elsewhere,
        late));

    Match bigMatch = find(ranked, big);
    assertThat(component(bigMatch, Criterion.SURFACE).score()).isEqualTo(50);
    assertThat(component(bigMatch, Criterion.SURFACE).reason()).contains("above");
    assertThat(component(bigMatch, Criterion.SECTOR).score()).isEqualTo(70);
    Match dearMatch = find(ranked, dear);
    assertThat(component(dearMatch, Criterion.BUDGET).score()).isEqualTo(80);
    assertThat(component(dearMatch, Criterion.BUDGET).reason())
        .isEqualTo("EUR 1,000.00 a month exceeds the budget of EUR 800.00 by EUR 200.00");
    Match away = find(ranked, elsewhere);
    assertThat(component(away, Criterion.COMMUNE).score()).isZero();
    assertThat(component(away, Criterion.SECTOR).reason())
        .isEqualTo("Site JETTE focuses on life tech, not digital");
    Match lateMatch = find(ranked, late);
    assertThat(component(lateMatch, Criterion.AVAILABILITY).score()).isEqualTo(50);
    assertThat(lateMatch.freeFrom()).isEqualTo(WANTED.plusDays(90));
    assertThat(ranked).extracting(Match::score).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void otherTypesAndUnitsLeasedBeyondTheHorizonDoNotCompete() {
    Unit workshop = unit(Commune.IXELLES, List.of(), UnitType.WORKSHOP, 50, "700", WANTED);
    Unit taken = unit(Commune.IXELLES, List.of(), UnitType.OFFICE, 50, "700", WANTED)
        .withLease(new Lease(UUID.randomUUID(), EnterpriseNumber.parse("0428759497"), "Other",
            LeaseKind.STANDARD, WANTED, WANTED.plusYears(2), Money.euros("700"), null, OFFICER,
            NOW, false, false));
    assertThat(Matching.rank(request(null), List.of(workshop, taken))).isEmpty();
  }

  @Test
  void equalScoresGoToTheCheaperUnit() {
    Unit cheap = unit(Commune.IXELLES, List.of(), UnitType.OFFICE, 50, "600", WANTED);
    Unit dearer = unit(Commune.IXELLES, List.of(), UnitType.OFFICE, 50, "700", WANTED);
    assertThat(Matching.rank(request(null), List.of(dearer, cheap)))
        .extracting(m -> m.unit().unitId()).containsExactly(cheap.unitId(), dearer.unitId());
  }

  private static Match find(List<Match> ranked, Unit unit) {
    return ranked.stream().filter(m -> m.unit().unitId().equals(unit.unitId())).findFirst()
        .orElseThrow();
  }

  private static Match.Component component(Match match, Criterion criterion) {
    return match.components().stream().filter(c -> c.criterion() == criterion).findFirst()
        .orElseThrow();
  }
}
