package be.brussels.poles.crm.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyEventValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  /** A valid event; tests change one thing at a time. */
  static IncomingJourneyEvent valid(String id) {
    return new IncomingJourneyEvent(id, "0403.019.261", Agency.HUB_IMPULSE,
        "guidance.file.opened", NOW.minus(Duration.ofHours(1)), "Guidance file opened",
        "Sophie Janssens", "sophie@impulse.brussels", Confidentiality.CONFIDENTIAL,
        "Founder wants a 50k loan", "file-42");
  }

  static IncomingJourneyEvent with(UnaryOperator<Fields> change) {
    return change.apply(new Fields(valid("evt-1"))).build();
  }

  @Test
  void aValidEventIsNormalised() {
    JourneyEvent event = JourneyEventValidator.validateBatch(List.of(with(f -> {
      f.headline = "  Guidance file opened  ";
      f.occurredAt = Instant.parse("2026-11-25T09:00:00.123456789Z");
      return f;
    })), NOW).get(0);
    assertThat(event.enterpriseNumber().value()).isEqualTo("0403019261");
    assertThat(event.headline()).isEqualTo("Guidance file opened");
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00.123Z"));
    assertThat(event.contact().name()).isEqualTo("Sophie Janssens");
  }

  @Test
  void optionalTextsMayBeEmpty() {
    JourneyEvent event = JourneyEventValidator.validateBatch(List.of(with(f -> {
      f.contactName = "";
      f.contactEmail = null;
      f.detail = "";
      f.sourceReference = null;
      return f;
    })), NOW).get(0);
    assertThat(event.detail()).isEmpty();
    assertThat(event.sourceReference()).isEmpty();
    assertThat(event.contact().email()).isEmpty();
  }

  @Test
  void anEmptyBatchIsRefused() {
    assertRefused(List.of(), "events", "1 to 500");
  }

  @Test
  void fiveHundredEventsAreAcceptedButNotFiveHundredAndOne() {
    List<IncomingJourneyEvent> batch = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      batch.add(valid("evt-" + i));
    }
    assertThat(JourneyEventValidator.validateBatch(batch, NOW)).hasSize(500);
    batch.add(valid("evt-500"));
    assertRefused(batch, "events", "not 501");
  }

  @Test
  void theFirstBrokenEventNamesItsIndexAndField() {
    List<IncomingJourneyEvent> batch = List.of(valid("ok-1"),
        with(f -> { f.type = "Guidance"; return f; }),
        with(f -> { f.headline = ""; return f; }));
    assertRefused(batch, "events[1].type", "dotted lower-case");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "slash/in/it", "émoji", "quote\""})
  void eventIdsUseASafeAlphabet(String id) {
    assertRefused(List.of(with(f -> { f.eventId = id; return f; })), "events[0].event_id", "");
  }

  @Test
  void eventIdsMayBeUuidsOrDottedKeysUpToOneHundredCharacters() {
    assertThat(JourneyEventValidator.validateBatch(List.of(
        valid("6f1c2a9e-0b7d-4f4e-9a51-3c2d1e0f9a8b"), valid("guidance:file.42_opened"),
        valid("x".repeat(100))), NOW)).hasSize(3);
    assertRefused(List.of(valid("x".repeat(101))), "events[0].event_id", "at most 100");
  }

  @Test
  void theEnterpriseNumberMustPassTheMod97Check() {
    assertRefused(List.of(with(f -> { f.enterpriseNumber = "0403.019.262"; return f; })),
        "events[0].enterprise_number", "mod-97");
  }

  @Test
  void anEstablishmentUnitNumberIsNoEnterpriseNumber() {
    assertRefused(List.of(with(f -> { f.enterpriseNumber = "2.100.000.118"; return f; })),
        "events[0].enterprise_number", "establishment unit");
  }

  @Test
  void theSourceAgencyIsRequired() {
    assertRefused(List.of(with(f -> { f.agency = null; return f; })),
        "events[0].source_agency", "must name an agency");
  }

  @ParameterizedTest
  @ValueSource(strings = {"guidance", "Guidance.file.opened", "guidance.file-opened",
      "guidance..opened", ".guidance.opened", "guidance.opened.", "guidance.file.op3ned"})
  void typesAreDottedLowerCaseWords(String type) {
    assertRefused(List.of(with(f -> { f.type = type; return f; })), "events[0].type", "");
  }

  @Test
  void typesAllowUnderscoresAfterTheFirstWordAndAtMostOneHundredCharacters() {
    assertThat(JourneyEventValidator.validateBatch(
        List.of(with(f -> { f.type = "financing.committee_decision.taken"; return f; })), NOW))
        .hasSize(1);
    String longType = "a." + "b".repeat(99);
    assertRefused(List.of(with(f -> { f.type = longType; return f; })), "events[0].type",
        "at most 100");
  }

  @Test
  void occurredAtIsRequired() {
    assertRefused(List.of(with(f -> { f.occurredAt = null; return f; })),
        "events[0].occurred_at", "is required");
  }

  @Test
  void occurredAtMayBeFiveMinutesAheadButNotMore() {
    assertThat(JourneyEventValidator.validateBatch(List.of(
        with(f -> { f.occurredAt = NOW.plus(Duration.ofMinutes(5)); return f; })), NOW))
        .hasSize(1);
    assertRefused(List.of(with(f -> {
      f.occurredAt = NOW.plus(Duration.ofMinutes(5)).plusMillis(1);
      return f;
    })), "events[0].occurred_at", "future");
  }

  @Test
  void anInvalidTimestampIsRefused() {
    assertRefused(List.of(with(f -> { f.occurredAt = Instant.MIN; return f; })),
        "events[0].occurred_at", "not a valid timestamp");
  }

  @Test
  void theHeadlineIsRequiredAndAtMostTwoHundredCharacters() {
    assertRefused(List.of(with(f -> { f.headline = "   "; return f; })),
        "events[0].headline", "is required");
    assertThat(JourneyEventValidator.validateBatch(
        List.of(with(f -> { f.headline = "h".repeat(200); return f; })), NOW)).hasSize(1);
    assertRefused(List.of(with(f -> { f.headline = "h".repeat(201); return f; })),
        "events[0].headline", "at most 200");
  }

  @Test
  void contactFieldsAreAtMostTwoHundredCharacters() {
    assertRefused(List.of(with(f -> { f.contactName = "n".repeat(201); return f; })),
        "events[0].contact.name", "at most 200");
    assertRefused(List.of(with(f -> { f.contactEmail = "e".repeat(201); return f; })),
        "events[0].contact.email", "at most 200");
  }

  @Test
  void theConfidentialityLevelIsRequired() {
    assertRefused(List.of(with(f -> { f.confidentiality = null; return f; })),
        "events[0].confidentiality", "SHARED or CONFIDENTIAL");
  }

  @Test
  void detailIsAtMostFourThousandCharacters() {
    assertThat(JourneyEventValidator.validateBatch(
        List.of(with(f -> { f.detail = "d".repeat(4000); return f; })), NOW)).hasSize(1);
    assertRefused(List.of(with(f -> { f.detail = "d".repeat(4001); return f; })),
        "events[0].detail", "at most 4000");
  }

  @Test
  void theSourceReferenceIsAtMostTwoHundredCharacters() {
    assertRefused(List.of(with(f -> { f.sourceReference = "r".repeat(201); return f; })),
        "events[0].source_reference", "at most 200");
  }

  @Test
  void repeatedIdsInOneBatchAreLeftToTheStoreToCountAsDuplicates() {
    assertThat(JourneyEventValidator.validateBatch(
        Collections.nCopies(3, valid("same")), NOW)).hasSize(3);
  }

  private static void assertRefused(List<IncomingJourneyEvent> batch, String field,
      String reasonPart) {
    assertThatThrownBy(() -> JourneyEventValidator.validateBatch(batch, NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          FieldViolation violation = e.violations().get(0);
          assertThat(violation.field()).isEqualTo(field);
          assertThat(violation.reason()).contains(reasonPart);
        });
  }

  /** Mutable copy of an event's fields, for one-line variations. */
  static final class Fields {
    String eventId;
    String enterpriseNumber;
    Agency agency;
    String type;
    Instant occurredAt;
    String headline;
    String contactName;
    String contactEmail;
    Confidentiality confidentiality;
    String detail;
    String sourceReference;

    Fields(IncomingJourneyEvent e) {
      eventId = e.eventId();
      enterpriseNumber = e.enterpriseNumber();
      agency = e.sourceAgency();
      type = e.type();
      occurredAt = e.occurredAt();
      headline = e.headline();
      contactName = e.contactName();
      contactEmail = e.contactEmail();
      confidentiality = e.confidentiality();
      detail = e.detail();
      sourceReference = e.sourceReference();
    }

    IncomingJourneyEvent build() {
      return new IncomingJourneyEvent(eventId, enterpriseNumber, agency, type, occurredAt,
          headline, contactName, contactEmail, confidentiality, detail, sourceReference);
    }
  }
}
