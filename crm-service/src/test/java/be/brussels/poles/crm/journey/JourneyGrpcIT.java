package be.brussels.poles.crm.journey;

import static be.brussels.poles.testsupport.GrpcCalls.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.api.common.v1.PageRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsResponse;
import be.brussels.poles.api.crm.v1.JourneyEntry;
import be.brussels.poles.api.crm.v1.ListCompanyJourneyRequest;
import be.brussels.poles.api.crm.v1.ListCompanyJourneyResponse;
import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.TestNumbers;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JourneyGrpcIT extends CrmIntegrationTest {

  private ListCompanyJourneyResponse list(String token, String number, int size, String pageToken) {
    return journey(token).listCompanyJourney(ListCompanyJourneyRequest.newBuilder()
        .setEnterpriseNumber(number(number))
        .setPage(PageRequest.newBuilder().setPageSize(size).setPageToken(pageToken))
        .build());
  }

  private long total(String number) {
    return list(TOKENS.impulseAdvisor(), number, 1, "").getPage().getTotalSize();
  }

  @Test
  void theSameBatchSentTwiceIsStoredOnce() {
    String number = TestNumbers.fresh();
    List<JourneyEvent> batch = List.of(event(number).build(), event(number).build(),
        event(number).build());

    AppendJourneyEventsResponse first = append("guidance-service", batch);
    AppendJourneyEventsResponse second = append("guidance-service", batch);

    assertThat(first.getStoredCount()).isEqualTo(3);
    assertThat(first.getDuplicateCount()).isZero();
    assertThat(second.getStoredCount()).isZero();
    assertThat(second.getDuplicateCount()).isEqualTo(3);
    ListCompanyJourneyResponse journey = list(TOKENS.impulseAdvisor(), number, 50, "");
    assertThat(journey.getEntriesList()).extracting(e -> e.getEvent().getEventId())
        .containsExactlyInAnyOrderElementsOf(batch.stream().map(JourneyEvent::getEventId).toList());
    assertThat(journey.getPage().getTotalSize()).isEqualTo(3);
  }

  @Test
  void aBatchMixingKnownAndNewEventsStoresOnlyTheNewOnes() {
    String number = TestNumbers.fresh();
    JourneyEvent known1 = event(number).build();
    JourneyEvent known2 = event(number).build();
    append("guidance-service", List.of(known1, known2));

    AppendJourneyEventsResponse mixed = append("guidance-service", List.of(
        event(number).build(), known1, event(number).build(), known2));

    assertThat(mixed.getStoredCount()).isEqualTo(2);
    assertThat(mixed.getDuplicateCount()).isEqualTo(2);
    assertThat(total(number)).isEqualTo(4);
  }

  @Test
  void anIdRepeatedWithinOneBatchIsStoredOnce() {
    String number = TestNumbers.fresh();
    JourneyEvent once = event(number).build();
    AppendJourneyEventsResponse response = append("guidance-service", List.of(once, once));
    assertThat(response.getStoredCount()).isEqualTo(1);
    assertThat(response.getDuplicateCount()).isEqualTo(1);
    assertThat(total(number)).isEqualTo(1);
  }

  @Test
  void aRepeatedIdKeepsTheFirstVersion() {
    String number = TestNumbers.fresh();
    JourneyEvent original = event(number).setHeadline("Original").build();
    append("guidance-service", List.of(original));
    append("guidance-service", List.of(original.toBuilder().setHeadline("Rewritten").build()));
    assertThat(list(TOKENS.impulseAdvisor(), number, 50, "").getEntries(0).getEvent().getHeadline())
        .isEqualTo("Original");
  }

  @Test
  void aFullBatchOfLargeEventsIsAccepted() {
    String number = TestNumbers.fresh();
    List<JourneyEvent> batch = new ArrayList<>();
    // two bytes per character: about 4 MB in all, over gRPC's default inbound limit
    String detail = "é".repeat(4000);
    for (int i = 0; i < 500; i++) {
      batch.add(event(number).setDetail(detail).build());
    }
    assertThat(append("guidance-service", batch).getStoredCount()).isEqualTo(500);
    assertThat(total(number)).isEqualTo(500);
  }

  @Test
  void moreThanFiveHundredEventsAreRefusedAndNothingIsStored() {
    String number = TestNumbers.fresh();
    List<JourneyEvent> batch = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      batch.add(event(number).build());
    }
    assertInvalid(() -> append("guidance-service", batch), "events");
    assertThat(total(number)).isZero();
  }

  @Test
  void anEmptyBatchIsRefused() {
    assertInvalid(() -> append("guidance-service", List.of()), "events");
  }

  @Test
  void oneInvalidEventRefusesTheWholeBatchNamingItsIndexAndField() {
    String number = TestNumbers.fresh();
    List<JourneyEvent> batch = List.of(event(number).build(),
        event(number).setType("Guidance File").build(),
        event(number).setHeadline("").build());
    assertInvalid(() -> append("guidance-service", batch), "events[1].type");
    assertThat(total(number)).isZero();
  }

  @Test
  void eachRuleNamesItsField() {
    String number = TestNumbers.fresh();
    assertInvalid(() -> append("guidance-service", List.of(event(number).setEventId("a b").build())),
        "events[0].event_id");
    assertInvalid(() -> append("guidance-service", List.of(event("0403019262").build())),
        "events[0].enterprise_number");
    assertInvalid(() -> append("guidance-service",
        List.of(event(number).setSourceAgency(Agency.AGENCY_UNSPECIFIED).build())),
        "events[0].source_agency");
    assertInvalid(() -> append("guidance-service",
        List.of(event(number).clearOccurredAt().build())), "events[0].occurred_at");
    assertInvalid(() -> append("guidance-service", List.of(event(number)
        .setOccurredAt(timestamp(Instant.now().plusSeconds(600))).build())),
        "events[0].occurred_at");
    assertInvalid(() -> append("guidance-service", List.of(event(number)
        .setOccurredAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(Long.MIN_VALUE))
        .build())), "events[0].occurred_at");
    assertInvalid(() -> append("guidance-service",
        List.of(event(number).setDetail("d".repeat(4001)).build())), "events[0].detail");
    assertInvalid(() -> append("guidance-service", List.of(event(number)
        .setConfidentiality(Confidentiality.CONFIDENTIALITY_UNSPECIFIED).build())),
        "events[0].confidentiality");
    assertInvalid(() -> append("guidance-service", List.of(event(number)
        .setContact(event(number).getContact().toBuilder().setEmail("e".repeat(201))).build())),
        "events[0].contact.email");
    assertThat(total(number)).isZero();
  }

  @Test
  void staffMayNotAppendEvenForTheirOwnAgency() {
    assertDenied(() -> journey(TOKENS.impulseAdvisor()).appendJourneyEvents(
        AppendJourneyEventsRequest.newBuilder().addEvents(event(TestNumbers.fresh())).build()));
  }

  @Test
  void aPoleMayNotSpeakForAnotherPolesAgencyAndNothingIsStored() {
    String number = TestNumbers.fresh();
    List<JourneyEvent> batch = List.of(event(number).build(),
        event(number).setSourceAgency(Agency.AGENCY_FINANCE).build());
    assertDenied(() -> append("guidance-service", batch));
    assertThat(total(number)).isZero();
  }

  @Test
  void eachPoleRecordsForItsOwnAgenciesAndTheCrmForAny() {
    String number = TestNumbers.fresh();
    assertThat(append("financing-service", List.of(
        event(number).setSourceAgency(Agency.AGENCY_GUARANTEE_FUND).build())).getStoredCount())
        .isEqualTo(1);
    assertThat(append("housing-service", List.of(
        event(number).setSourceAgency(Agency.AGENCY_CITYDEV).build())).getStoredCount())
        .isEqualTo(1);
    assertThat(append("crm-service", List.of(
        event(number).setSourceAgency(Agency.AGENCY_ACTIRIS).build())).getStoredCount())
        .isEqualTo(1);
    assertDenied(() -> append("housing-service", List.of(
        event(number).setSourceAgency(Agency.AGENCY_HUB_BIE).build())));
  }

  @Test
  void confidentialDetailComesBackRedactedToOtherAgencies() {
    String number = TestNumbers.fresh();
    JourneyEvent confidential = event(number).build();
    append("guidance-service", List.of(confidential));

    JourneyEntry seenByFinance = list(TOKENS.financeAnalyst(), number, 10, "").getEntries(0);
    assertThat(seenByFinance.getRedacted()).isTrue();
    assertThat(seenByFinance.getEvent().getDetail()).isEmpty();
    assertThat(seenByFinance.getEvent().toBuilder().setDetail(confidential.getDetail()).build())
        .isEqualTo(confidential);

    JourneyEntry seenByImpulse = list(TOKENS.impulseAdvisor(), number, 10, "").getEntries(0);
    assertThat(seenByImpulse.getRedacted()).isFalse();
    assertThat(seenByImpulse.getEvent()).isEqualTo(confidential);
  }

  @Test
  void occurredAtKeepsMilliseconds() {
    String number = TestNumbers.fresh();
    append("guidance-service", List.of(event(number)
        .setOccurredAt(timestamp(Instant.parse("2026-03-01T10:15:30.123456789Z"))).build()));
    assertThat(list(TOKENS.impulseAdvisor(), number, 1, "").getEntries(0).getEvent()
        .getOccurredAt()).isEqualTo(timestamp(Instant.parse("2026-03-01T10:15:30.123Z")));
  }

  @Test
  void pageTokensWalkTheJourneyNewestFirst() {
    String number = TestNumbers.fresh();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    List<JourneyEvent> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(event(number).setEventId("page-" + number + "-" + i)
          .setOccurredAt(timestamp(base.plusSeconds(i))).build());
    }
    append("guidance-service", batch);

    List<String> seen = new ArrayList<>();
    String token = "";
    int calls = 0;
    do {
      ListCompanyJourneyResponse page = list(TOKENS.impulseAdvisor(), number, 2, token);
      assertThat(page.getPage().getTotalSize()).isEqualTo(5);
      page.getEntriesList().forEach(e -> seen.add(e.getEvent().getEventId()));
      token = page.getPage().getNextPageToken();
      calls++;
    } while (!token.isEmpty() && calls < 10);

    assertThat(calls).isEqualTo(3);
    assertThat(seen).containsExactly("page-" + number + "-4", "page-" + number + "-3",
        "page-" + number + "-2", "page-" + number + "-1", "page-" + number + "-0");
  }

  @Test
  void aPageSizeOfZeroMeansTheDefaultAndAnInvalidPageIsRefused() {
    String number = TestNumbers.fresh();
    assertThat(list(TOKENS.impulseAdvisor(), number, 0, "").getEntriesList()).isEmpty();
    assertInvalid(() -> list(TOKENS.impulseAdvisor(), number, 201, ""), "page.page_size");
    assertInvalid(() -> list(TOKENS.impulseAdvisor(), number, -1, ""), "page.page_size");
    assertInvalid(() -> list(TOKENS.impulseAdvisor(), number, 10, "forged!"), "page.page_token");
    assertInvalid(() -> list(TOKENS.impulseAdvisor(), "0403019262", 10, ""), "enterprise_number");
  }

  @Test
  void steeringServicesAndPartnersMayNotListAJourney() {
    String number = TestNumbers.fresh();
    assertDenied(() -> list(TOKENS.steeringManager(), number, 10, ""));
    assertDenied(() -> list(TOKENS.service("guidance-service"), number, 10, ""));
    assertDenied(() -> list(TOKENS.partner(), number, 10, ""));
  }

  private static void assertInvalid(ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(violatedFields(e)).containsExactly(field);
    });
  }

  private static void assertDenied(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(StatusRuntimeException.class,
        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }
}
