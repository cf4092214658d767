package be.brussels.poles.guidance.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidanceEventTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  private static final EnterpriseNumber ATLAS = EnterpriseNumber.parse("0403.019.261");

  private static GuidanceEvent workshop(Integer capacity) {
    return GuidanceEvent.plan(GuidanceEvent.Kind.STARTESSENTIALS_WORKSHOP,
        "Your financial plan in 3 hours", Agency.HUB_1819, DAY, "1819 desk",
        Optional.ofNullable(capacity), NOW);
  }

  @Test
  void registrationsStopAtCapacityAndArePerPersonAndCompany() {
    GuidanceEvent event = workshop(2)
        .register("Ana Lopes", "ana@atlas.be", Optional.of(ATLAS), NOW)
        .register("Ana Lopes", "", Optional.empty(), NOW);
    assertThat(event.registered()).isEqualTo(2);
    assertThatThrownBy(() -> event.register("Bert", "", Optional.empty(), NOW))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("full");
    GuidanceEvent freed = event.cancelRegistration(event.registrations().get(1).registrationId());
    assertThat(freed.registered()).isEqualTo(1);
    assertThatThrownBy(() -> freed.register(" ana lopes ", "", Optional.of(ATLAS), NOW))
        .hasMessageContaining("already registered");
    assertThat(freed.register("Bert", "", Optional.empty(), NOW).registered()).isEqualTo(2);
  }

  @Test
  void attendanceIsRecordedOnceTheEventTookPlaceAndCompaniesThatAttendedAreInTheJourney() {
    GuidanceEvent event = workshop(null)
        .register("Ana Lopes", "", Optional.of(ATLAS), NOW)
        .register("Bert Peeters", "", Optional.empty(), NOW)
        .register("Chris", "", Optional.of(EnterpriseNumber.parse("0202.239.951")), NOW);
    String ana = event.registrations().get(0).registrationId();
    String bert = event.registrations().get(1).registrationId();

    assertThatThrownBy(() -> event.recordAttendance(Set.of(ana), DAY.minusDays(1), NOW))
        .hasMessageContaining("once the event took place");
    GuidanceEvent.Held held = event.recordAttendance(Set.of(ana, bert), DAY, NOW);

    assertThat(held.event().status()).isEqualTo(GuidanceEvent.Status.HELD);
    assertThat(held.event().registrations()).extracting(GuidanceEvent.Registration::attendance)
        .containsExactly(GuidanceEvent.Attendance.ATTENDED, GuidanceEvent.Attendance.ATTENDED,
            GuidanceEvent.Attendance.NO_SHOW);
    assertThat(held.journeyEvents()).singleElement().satisfies(e -> {
      assertThat(e.enterpriseNumber()).isEqualTo(ATLAS);
      assertThat(e.type()).isEqualTo("guidance.event.attended");
      assertThat(e.headline()).isEqualTo(
          "Took part in a StartEssentials workshop: Your financial plan in 3 hours");
    });
    assertThatThrownBy(() -> held.event().register("Late", "", Optional.empty(), NOW))
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> held.event().recordAttendance(Set.of(), DAY, NOW))
        .hasMessageContaining("already HELD");
  }

  @Test
  void aCancelledEventTakesNoMoreRegistrations() {
    GuidanceEvent cancelled = workshop(null).cancel();
    assertThat(cancelled.status()).isEqualTo(GuidanceEvent.Status.CANCELLED);
    assertThatThrownBy(() -> cancelled.register("A", "", Optional.empty(), NOW))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> GuidanceEvent.plan(GuidanceEvent.Kind.BOOST_CAMP, " ",
        Agency.HUB_IMPULSE, DAY, "", Optional.empty(), NOW)).hasMessageContaining("title");
    assertThat(PendingJourneyEvent.class).isNotNull();
  }
}
