package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.testsupport.EmbeddedMongoDatabase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository against the embedded server through the real driver, without Spring. */
class LocationRequestRepositoryIT {

  @RegisterExtension
  static final EmbeddedMongoDatabase MONGO = new EmbeddedMongoDatabase("housing");

  private static final Instant NOW = Instant.parse("2026-05-04T10:15:30.123Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-05-04");

  private LocationRequestRepository repository;

  @BeforeEach
  void freshCollection() {
    repository = new LocationRequestRepository(MONGO.emptied(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void everyFieldSurvivesTheRoundTripWithOrWithoutABudget() {
    LocationRequest withBudget = request(Money.euros("2500.50"));
    LocationRequest without = request(null);
    repository.insert(withBudget, LocationRequestJourney.recorded(withBudget));
    repository.insert(without, LocationRequestJourney.recorded(without));

    assertThat(repository.findById(withBudget.requestId()).orElseThrow())
        .usingRecursiveComparison().isEqualTo(withBudget);
    assertThat(repository.findById(without.requestId()).orElseThrow())
        .usingRecursiveComparison().isEqualTo(without);
    Document stored = collection().find(Filters.eq("_id", withBudget.requestId().toString()))
        .first();
    assertThat(stored.get("maxMonthlyBudget", Document.class))
        .containsEntry("minorUnits", 250_050L).containsEntry("currency", "EUR");
    assertThat(stored.getString("wantedFrom")).isEqualTo("2026-09-01");
    assertThat(stored.getList("communes", String.class)).containsExactly("IXELLES", "JETTE");
    assertThat(Outbox.pendingIn(stored)).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("housing.request.recorded"));
  }

  @Test
  void aStaleWriteIsAConflictAndChangesNothing() {
    LocationRequest request = request(null);
    repository.insert(request, LocationRequestJourney.recorded(request));

    assertThat(repository.saveChanged(withStage(request, RequestStage.UNITS_PROPOSED, 1),
        event(request, "housing.request.units-proposed"))).isEqualTo(2);

    assertThatThrownBy(() -> repository.saveChanged(
        withStage(request, RequestStage.WITHDRAWN, 1), event(request, "housing.request.withdrawn")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("version 1");

    LocationRequest read = repository.findById(request.requestId()).orElseThrow();
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.stage()).isEqualTo(RequestStage.UNITS_PROPOSED);
    Document stored = collection().find(Filters.eq("_id", request.requestId().toString())).first();
    assertThat(Outbox.pendingIn(stored)).extracting(PendingJourneyEvent::type)
        .containsExactly("housing.request.recorded", "housing.request.units-proposed");
  }

  @Test
  void onlyOpenRequestsAreListedForTheSummary() {
    LocationRequest open = request(null);
    repository.insert(open, LocationRequestJourney.recorded(open));
    LocationRequest leased = request(null);
    repository.insert(leased, LocationRequestJourney.recorded(leased));
    repository.saveChanged(withStage(leased, RequestStage.LEASED, 1));

    assertThat(repository.openForCompany(open.enterpriseNumber(), 10))
        .extracting(LocationRequest::requestId).containsExactly(open.requestId());
  }

  @Test
  void changingAnUnknownRequestIsNotFound() {
    assertThatThrownBy(() -> repository.saveChanged(request(null)))
        .isInstanceOf(NotFoundException.class);
  }

  private static MongoCollection<Document> collection() {
    return MONGO.collection(LocationRequestRepository.COLLECTION);
  }

  private static LocationRequest request(Money budget) {
    return LocationRequest.record(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"),
        "Brasserie Cantillon", true, UnitType.WORKSHOP, new SurfaceRange(200, 400), budget,
        List.of(Commune.IXELLES, Commune.JETTE), LocalDate.parse("2026-09-01"), TODAY,
        Agency.CITYDEV, new Officer("Olivia", "olivia@citydev.brussels"), NOW);
  }

  private static LocationRequest withStage(LocationRequest r, RequestStage stage, long version) {
    return LocationRequest.restore(r.requestId(), r.enterpriseNumber(), r.companyName(),
        r.companyVerified(), r.unitType(), r.surface(), r.maxMonthlyBudget().orElse(null),
        r.communes(), r.wantedFrom(), r.agency(), r.officer(), stage, r.requestedAt(), version);
  }

  private static PendingJourneyEvent event(LocationRequest r, String type) {
    return PendingJourneyEvent.create(r.enterpriseNumber(), r.agency(), type, NOW, type,
        r.officer().name(), r.officer().email(), Confidentiality.SHARED, "", "");
  }
}
