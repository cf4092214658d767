package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocationRequestTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-05-04");

  private static LocationRequest record(Money budget, List<Commune> communes, LocalDate wantedFrom,
      Agency agency) {
    return LocationRequest.record(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"), "", false,
        UnitType.OFFICE, new SurfaceRange(80, 120), budget, communes, wantedFrom, TODAY, agency,
        new Officer("Olivia", ""), Instant.parse("2026-05-04T08:00:00Z"));
  }

  @Test
  void aNewRequestIsOpenAtVersionOne() {
    LocationRequest request = record(null, List.of(), TODAY, Agency.CITYDEV);
    assertThat(request.stage()).isEqualTo(RequestStage.OPEN);
    assertThat(request.stage().isOpen()).isTrue();
    assertThat(request.version()).isEqualTo(1);
    assertThat(request.maxMonthlyBudget()).isEmpty();
    assertThat(request.isOwnedBy(Agency.CITYDEV)).isTrue();
  }

  @Test
  void onlyTheHousingPoleRecords() {
    for (Agency agency : Agency.values()) {
      if (agency == Agency.CITYDEV) {
        assertThat(record(null, List.of(), TODAY, agency).agency()).isEqualTo(agency);
      } else {
        assertThatThrownBy(() -> record(null, List.of(), TODAY, agency)).as(agency.name())
            .isInstanceOf(AccessDeniedException.class);
      }
    }
  }

  @Test
  void wantedFromRunsFromYesterdayToFiveYearsAhead() {
    assertThat(record(null, List.of(), TODAY.minusDays(1), Agency.CITYDEV).wantedFrom())
        .isEqualTo("2026-05-03");
    assertThat(record(null, List.of(), TODAY.plusYears(5), Agency.CITYDEV).wantedFrom())
        .isEqualTo("2031-05-04");
    assertRefused(() -> record(null, List.of(), TODAY.minusDays(2), Agency.CITYDEV),
        new FieldViolation("wantedFrom", "must be 2026-05-03 or later"));
    assertRefused(() -> record(null, List.of(), TODAY.plusYears(5).plusDays(1), Agency.CITYDEV),
        new FieldViolation("wantedFrom", "must be 2031-05-04 or earlier"));
  }

  @Test
  void theBudgetIsPositiveAndBelowTheCeiling() {
    assertThat(record(Money.euros("1000000"), List.of(), TODAY, Agency.CITYDEV).maxMonthlyBudget())
        .contains(Money.euros("1000000.00"));
    assertRefused(() -> record(Money.euros("0"), List.of(), TODAY, Agency.CITYDEV),
        new FieldViolation("maxMonthlyBudget.value", "must be more than 0"));
    assertRefused(() -> record(Money.euros("1000000.01"), List.of(), TODAY, Agency.CITYDEV),
        new FieldViolation("maxMonthlyBudget.value", "must be at most 1000000.00"));
  }

  @Test
  void everyCommuneAtMostOnceAndAllNineteenAllowed() {
    assertThat(record(null, List.of(Commune.values()), TODAY, Agency.CITYDEV).communes())
        .hasSize(19);
    assertRefused(() -> record(null, List.of(Commune.UCCLE, Commune.EVERE, Commune.UCCLE), TODAY,
        Agency.CITYDEV), new FieldViolation("communes[2]", "repeats UCCLE"));
  }

  @Test
  void surfacesAreWholeSquareMetresWithTheMinimumFirst() {
    assertThat(new SurfaceRange(80, 120).display()).isEqualTo("80-120 m\u00b2");
    assertThat(new SurfaceRange(100, 100).display()).isEqualTo("100 m\u00b2");
    assertThatThrownBy(() -> new SurfaceRange(0, 100_001))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("surfaceMin", "surfaceMax"));
    assertThatThrownBy(() -> new SurfaceRange(120, 80))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .containsExactly(new FieldViolation("surfaceMax", "must be at least surfaceMin (120)")));
  }

  private static void assertRefused(Runnable action, FieldViolation violation) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).containsExactly(violation));
  }
}
