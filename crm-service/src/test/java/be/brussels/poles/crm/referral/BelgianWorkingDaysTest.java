package be.brussels.poles.crm.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BelgianWorkingDaysTest {

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(BelgianWorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(BelgianWorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(BelgianWorkingDays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
  }

  @Test
  void weekendsAndTheTenPublicHolidaysAreNoWorkingDays() {
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Sat
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse(); // Easter Mon
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse(); // Ascension
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse(); // Whit Mon
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 7, 21))).isFalse();
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 11, 11))).isFalse();
    assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue(); // Wed
  }

  @Test
  void fiveWorkingDaysFromAFridayEndWithTheNextFridayInBrussels() {
    // Friday 2026-11-20, 15:00 in Brussels
    Instant sent = Instant.parse("2026-11-20T14:00:00Z");
    assertThat(BelgianWorkingDays.deadline(sent, 5))
        .isEqualTo(Instant.parse("2026-11-27T23:00:00Z"));
  }

  @Test
  void aHolidayInTheWindowPushesTheDeadlineOneDay() {
    // Monday 2026-11-09; Wednesday 11 November is Armistice
    Instant sent = Instant.parse("2026-11-09T09:00:00Z");
    assertThat(BelgianWorkingDays.deadline(sent, 5))
        .isEqualTo(Instant.parse("2026-11-17T23:00:00Z")); // end of Tuesday 17
    assertThat(BelgianWorkingDays.between(sent, Instant.parse("2026-11-16T09:00:00Z")))
        .isEqualTo(4);
  }
}
