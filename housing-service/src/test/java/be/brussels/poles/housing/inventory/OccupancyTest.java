package be.brussels.poles.housing.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.housing.request.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupancyTest {

  @Test
  void monthlySnapshotsCountLettableAndLeasedSurface() {
    Unit small = UnitTest.unit(SiteType.BUSINESS_CENTRE, UnitType.OFFICE,
        LocalDate.parse("2027-01-01"), null)
        .withLease(UnitTest.lease(UnitTest.ACME, "2027-02-01", "2027-03-15"));
    // a second unit only lettable from March
    Unit later = UnitTest.unit(SiteType.BUSINESS_CENTRE, UnitType.OFFICE,
        LocalDate.parse("2027-03-01"), null);

    List<Occupancy> series = Occupancy.monthly(List.of(small, later), YearMonth.of(2026, 12), 5);

    assertThat(series).extracting(o -> o.month().toString())
        .containsExactly("2026-12", "2027-01", "2027-02", "2027-03", "2027-04");
    assertThat(series.get(0).lettableUnits()).isZero();
    assertThat(series.get(0).rate()).isEqualByComparingTo("0");
    assertThat(series.get(1).lettableSurface()).isEqualTo(50);
    assertThat(series.get(2).leasedUnits()).isEqualTo(1);
    assertThat(series.get(2).rate()).isEqualTo(new BigDecimal("100.0"));
    assertThat(series.get(3).lettableSurface()).isEqualTo(100);
    assertThat(series.get(3).rate()).isEqualTo(new BigDecimal("50.0"));
    assertThat(series.get(4).leasedSurface()).isZero();
  }
}
