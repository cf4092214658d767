package be.brussels.poles.housing.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.UnitType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoInventoryTest {

  private final List<DemoInventory.Entry> entries =
      DemoInventory.entries(LocalDate.parse("2026-11-25"), Instant.parse("2026-11-25T08:00:00Z"));

  @Test
  void coversTheNineteenCommunesEverySiteTypeAndEveryUnitType() {
    assertThat(entries.stream().map(e -> e.site().commune()).distinct())
        .containsExactlyInAnyOrder(Commune.values());
    assertThat(entries.stream().map(e -> e.site().type()).distinct())
        .containsExactlyInAnyOrder(SiteType.values());
    EnumSet<UnitType> types = EnumSet.noneOf(UnitType.class);
    entries.forEach(e -> e.units().forEach(u -> types.add(u.type())));
    assertThat(types).containsExactlyInAnyOrder(UnitType.values());
  }

  @Test
  void everythingIsMarkedAsDemoAndIdsAreStable() {
    entries.forEach(e -> {
      assertThat(e.site().name()).endsWith("(demo)");
      assertThat(e.site().operator()).containsIgnoringCase("demo");
      e.units().forEach(u -> assertThat(u.siteId()).isEqualTo(e.site().siteId()));
    });
    List<DemoInventory.Entry> again =
        DemoInventory.entries(LocalDate.parse("2027-01-02"), Instant.now());
    assertThat(again.get(0).units().get(0).unitId())
        .isEqualTo(entries.get(0).units().get(0).unitId());
  }

  @Test
  void unitsAreLettableFromThisMonthOnAndOnlyTheBieOfficesAreFree() {
    entries.forEach(e -> e.units().forEach(u -> {
      assertThat(u.availableFrom()).isAfterOrEqualTo(LocalDate.parse("2026-11-01"));
      assertThat(u.monthlyPrice().isPositive())
          .isEqualTo(!e.site().name().startsWith("Starter centre BIE"));
    }));
  }
}
