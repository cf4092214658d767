package be.brussels.poles.housing.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final EnterpriseNumber ACME = EnterpriseNumber.parse("0403019261");
  static final EnterpriseNumber OTHER = EnterpriseNumber.parse("0428759497");

  static Site site(SiteType type) {
    return new Site(UUID.randomUUID(), "Test site", type, "op", "Rue 1", "1000",
        Commune.BRUXELLES, new Coordinates(50.85, 4.35), List.of(Sector.GREEN_TECH), List.of(),
        new Officer("T", "t@x"), NOW, 1);
  }

  static Unit unit(SiteType siteType, UnitType type, LocalDate from, LocalDate until) {
    return Unit.create(UUID.randomUUID(), site(siteType), type, "A1", 50, Money.euros("700"),
        from, until, NOW);
  }

  static Lease lease(EnterpriseNumber who, String start, String end) {
    return new Lease(UUID.randomUUID(), who, "Co", LeaseKind.STANDARD, LocalDate.parse(start),
        LocalDate.parse(end), Money.euros("700"), null, new Officer("T", "t@x"), NOW, false,
        false);
  }

  private final Unit office = unit(SiteType.BUSINESS_CENTRE, UnitType.OFFICE,
      LocalDate.parse("2026-12-01"), LocalDate.parse("2030-12-31"));

  @Test
  void overlappingLeasesOnOneUnitAreRefusedNamingTheLeaseInTheWay() {
    Unit leased = office.withLease(lease(ACME, "2027-01-01", "2027-12-31"));
    assertThatThrownBy(() -> leased.withLease(lease(OTHER, "2027-12-31", "2028-06-30")))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
          assertThat(e.field()).isEqualTo("start");
          assertThat(e.getMessage()).contains("already leased to Co from 2027-01-01 to 2027-12-31");
        });
    assertThatThrownBy(() -> leased.withLease(lease(OTHER, "2026-12-01", "2027-01-01")))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void backToBackLeasesAreAccepted() {
    Unit both = office.withLease(lease(ACME, "2027-01-01", "2027-12-31"))
        .withLease(lease(OTHER, "2028-01-01", "2028-12-31"))
        .withLease(lease(OTHER, "2026-12-01", "2026-12-31"));
    assertThat(both.leases()).extracting(l -> l.start().toString())
        .containsExactly("2026-12-01", "2027-01-01", "2028-01-01");
  }

  @Test
  void aLeaseMustFitTheUnitsAvailability() {
    assertThatThrownBy(() -> office.withLease(lease(ACME, "2026-11-30", "2027-01-31")))
        .hasMessageContaining("before the unit can be let (from 2026-12-01)");
    assertThatThrownBy(() -> office.withLease(lease(ACME, "2030-01-01", "2031-01-01")))
        .hasMessageContaining("after the unit can be let (until 2030-12-31)");
  }

  @Test
  void theFirstFreeDaySkipsLeasesAndStopsAtTheUnitsLastDay() {
    Unit leased = office.withLease(lease(ACME, "2026-12-01", "2027-05-31"))
        .withLease(lease(OTHER, "2027-06-01", "2027-06-30"));
    assertThat(leased.firstFreeDay(LocalDate.parse("2026-11-01")))
        .contains(LocalDate.parse("2027-07-01"));
    assertThat(leased.isFreeOn(LocalDate.parse("2027-07-02"))).isTrue();
    assertThat(leased.isFreeOn(LocalDate.parse("2027-03-02"))).isFalse();
    Unit full = leased.withLease(lease(ACME, "2027-07-01", "2030-12-31"));
    assertThat(full.firstFreeDay(LocalDate.parse("2026-11-01"))).isEmpty();
  }

  @Test
  void theFreeBieOfficeIsOnlyForStarterCentreOffices() {
    Lease bie = new Lease(UUID.randomUUID(), ACME, "Investor", LeaseKind.BIE_INVESTOR_OFFICE,
        LocalDate.parse("2026-12-01"), LocalDate.parse("2027-02-28"), Money.euros("0"), null,
        new Officer("T", "t@x"), NOW, false, false);
    assertThatThrownBy(() -> office.withLease(bie))
        .hasMessageContaining("only in a starter centre, not a business centre");
    Unit starterOffice = unit(SiteType.STARTER_CENTRE, UnitType.OFFICE,
        LocalDate.parse("2026-01-01"), null);
    assertThat(starterOffice.withLease(bie).leases()).hasSize(1);
    Unit starterLab = unit(SiteType.STARTER_CENTRE, UnitType.LAB, LocalDate.parse("2026-01-01"),
        null);
    assertThatThrownBy(() -> starterLab.withLease(bie)).hasMessageContaining("office or a desk");
  }

  @Test
  void terminationShortensTheLeaseAndFreesTheRest() {
    Lease lease = lease(ACME, "2027-01-01", "2027-12-31");
    Unit ended = office.withLease(lease).withLeaseTerminated(lease.leaseId(),
        LocalDate.parse("2027-03-31"));
    Lease terminated = ended.lease(lease.leaseId());
    assertThat(terminated.end()).isEqualTo(LocalDate.parse("2027-03-31"));
    assertThat(terminated.statusOn(LocalDate.parse("2027-04-01"))).isEqualTo(LeaseStatus.TERMINATED);
    assertThat(ended.isFreeOn(LocalDate.parse("2027-04-01"))).isTrue();
    assertThatThrownBy(() -> ended.withLeaseTerminated(lease.leaseId(),
        LocalDate.parse("2027-03-31"))).hasMessageContaining("must be from 2027-01-01");
  }

  @Test
  void aNewDescriptionMustKeepEveryLeaseInsideTheAvailability() {
    Unit leased = office.withLease(lease(ACME, "2027-01-01", "2027-12-31"));
    assertThat(leased.describedAs("B1", 60, Money.euros("800"), LocalDate.parse("2027-01-01"),
        LocalDate.parse("2027-12-31")).monthlyPrice()).isEqualTo(Money.euros("800"));
    assertThatThrownBy(() -> leased.describedAs("B1", 60, Money.euros("800"),
        LocalDate.parse("2027-01-02"), null)).hasMessageStartingWith("must be 2027-01-01 or earlier");
    assertThatThrownBy(() -> leased.describedAs("B1", 60, Money.euros("800"),
        LocalDate.parse("2026-12-01"), LocalDate.parse("2027-12-30")))
        .isInstanceOfSatisfying(BusinessRuleException.class,
            e -> assertThat(e.field()).isEqualTo("availableUntil"));
  }

  @Test
  void leaseStatusFollowsTheDay() {
    Lease lease = lease(ACME, "2027-01-01", "2027-12-31");
    assertThat(lease.statusOn(LocalDate.parse("2026-12-31"))).isEqualTo(LeaseStatus.UPCOMING);
    assertThat(lease.statusOn(LocalDate.parse("2027-12-31"))).isEqualTo(LeaseStatus.ACTIVE);
    assertThat(lease.statusOn(LocalDate.parse("2028-01-01"))).isEqualTo(LeaseStatus.ENDED);
  }
}
