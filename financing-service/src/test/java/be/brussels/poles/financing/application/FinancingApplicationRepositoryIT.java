package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
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
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository against the embedded server through the real driver, without Spring. */
class FinancingApplicationRepositoryIT {

  @RegisterExtension
  static final EmbeddedMongoDatabase MONGO = new EmbeddedMongoDatabase("financing");

  private static final Instant NOW = Instant.parse("2026-05-04T10:15:30.123Z");

  private FinancingApplicationRepository repository;

  @BeforeEach
  void freshCollection() {
    repository = new FinancingApplicationRepository(MONGO.emptied(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void everyFieldSurvivesTheRoundTripAndMoneyIsStoredAsMinorUnits() {
    FinancingApplication application = application();
    repository.insert(application, ApplicationJourney.submitted(application));

    FinancingApplication read = repository.findById(application.applicationId()).orElseThrow();
    assertThat(read).usingRecursiveComparison().isEqualTo(application);

    Document stored = MONGO.collection("applications")
        .find(Filters.eq("_id", application.applicationId().toString())).first();
    assertThat(stored.get("requestedAmount", Document.class))
        .containsEntry("minorUnits", 1_234_567L).containsEntry("currency", "EUR");
    assertThat(stored.get("version")).isEqualTo(1L);
    assertThat(Outbox.pendingIn(stored)).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("financing.application.submitted"));
    assertThat(stored.getDate(Outbox.DUE_AT).toInstant()).isEqualTo(NOW);
  }

  @Test
  void aChangeAndItsEventAreOneWriteAndMoveTheVersionOn() {
    FinancingApplication application = application();
    repository.insert(application, ApplicationJourney.submitted(application));

    long version = repository.saveChanged(withStage(application, ApplicationStage.COMPLETE, 1),
        event(application, "financing.application.completed"));

    assertThat(version).isEqualTo(2);
    FinancingApplication read = repository.findById(application.applicationId()).orElseThrow();
    assertThat(read.stage()).isEqualTo(ApplicationStage.COMPLETE);
    assertThat(read.version()).isEqualTo(2);
    Document stored = MONGO.collection("applications")
        .find(Filters.eq("_id", application.applicationId().toString())).first();
    assertThat(Outbox.pendingIn(stored)).extracting(PendingJourneyEvent::type)
        .containsExactly("financing.application.submitted", "financing.application.completed");
  }

  @Test
  void aStaleWriteIsAConflictAndChangesNothing() {
    FinancingApplication application = application();
    repository.insert(application, ApplicationJourney.submitted(application));
    repository.saveChanged(withStage(application, ApplicationStage.COMPLETE, 1));

    // a second user still holds version 1
    assertThatThrownBy(() -> repository.saveChanged(
        withStage(application, ApplicationStage.WITHDRAWN, 1),
        event(application, "financing.application.withdrawn")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version 1");

    FinancingApplication read = repository.findById(application.applicationId()).orElseThrow();
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.stage()).isEqualTo(ApplicationStage.COMPLETE);
    Document stored = MONGO.collection("applications")
        .find(Filters.eq("_id", application.applicationId().toString())).first();
    assertThat(Outbox.pendingIn(stored)).extracting(PendingJourneyEvent::type)
        .doesNotContain("financing.application.withdrawn");
  }

  @Test
  void changingAnUnknownApplicationIsNotFound() {
    assertThatThrownBy(() -> repository.saveChanged(application()))
        .isInstanceOf(NotFoundException.class);
    assertThat(repository.findById(UUID.randomUUID())).isEmpty();
  }

  private static FinancingApplication application() {
    return FinancingApplication.submit(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"),
        "Brasserie Cantillon", true, Instrument.SUBORDINATED_LOAN, Money.euros("12345.67"),
        "Bottling line", Agency.FINANCE,
        new StaffContact("Ana Analyst", "ana@finance.brussels"),
        Submissions.plain(Instrument.SUBORDINATED_LOAN), NOW);
  }

  private static FinancingApplication withStage(FinancingApplication a, ApplicationStage stage,
      long version) {
    return FinancingApplication.restore(a.applicationId(), a.enterpriseNumber(), a.companyName(),
        a.companyVerified(), a.instrument(), a.requestedAmount(), a.purpose(), a.agency(),
        a.submission(), a.analyst(), stage, a.analysis(), a.decision(), a.holdReason(),
        a.loan(), a.history(), a.submittedAt(), version);
  }

  private static PendingJourneyEvent event(FinancingApplication a, String type) {
    return PendingJourneyEvent.create(a.enterpriseNumber(), a.agency(), type, NOW, type,
        a.analyst().name(), a.analyst().email(), Confidentiality.SHARED, "", "");
  }
}
