package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocationRequestJourneyTest {

  private static final Instant REQUESTED_AT = Instant.parse("2026-05-04T08:00:00Z");

  private static LocationRequest request(Money budget, List<Commune> communes) {
    return LocationRequest.record(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"),
        "Brasserie Cantillon", true, UnitType.WORKSHOP, new SurfaceRange(300, 500), budget,
        communes, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-05-04"), Agency.CITYDEV,
        new Officer("Olivia Officer", "olivia@citydev.brussels"), REQUESTED_AT);
  }

  @Test
  void theHeadlineNamesTypeAndSurfaceAndTheBudgetMakesTheDetailConfidential() {
    LocationRequest request =
        request(Money.euros("4200"), List.of(Commune.ANDERLECHT, Commune.FOREST));

    PendingJourneyEvent event = LocationRequestJourney.recorded(request);

    assertThat(event.type()).isEqualTo("housing.request.recorded");
    assertThat(event.headline()).isEqualTo("Location request recorded: workshop 300-500 m\u00b2")
        .doesNotContain("EUR");
    assertThat(event.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(event.detail()).isEqualTo("Communes: Anderlecht, Forest/Vorst\n"
        + "Wanted from: 2026-10-01\nMaximum monthly budget: EUR 4,200.00");
    assertThat(event.sourceAgency()).isEqualTo(Agency.CITYDEV);
    assertThat(event.contactName()).isEqualTo("Olivia Officer");
    assertThat(event.contactEmail()).isEqualTo("olivia@citydev.brussels");
    assertThat(event.occurredAt()).isEqualTo(REQUESTED_AT);
    assertThat(event.sourceReference()).isEqualTo(request.requestId().toString());
  }

  @Test
  void withoutABudgetTheDetailIsShared() {
    PendingJourneyEvent event = LocationRequestJourney.recorded(request(null, List.of()));
    assertThat(event.confidentiality()).isEqualTo(Confidentiality.SHARED);
    assertThat(event.detail()).isEqualTo("Communes: anywhere in the region\nWanted from: 2026-10-01");
  }
}
