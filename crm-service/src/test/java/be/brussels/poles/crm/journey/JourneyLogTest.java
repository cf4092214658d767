package be.brussels.poles.crm.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.AccessLogEntry;
import be.brussels.poles.crm.access.AccessLogQuery;
import be.brussels.poles.crm.access.AccessLogStore;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.TestGrants;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyLogTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final EnterpriseNumber COMPANY = EnterpriseNumber.parse("0403.019.261");

  private final InMemoryStore store = new InMemoryStore();
  private final CrmAccessPolicy policy = new CrmAccessPolicy("crm-service");
  private AccessGrants grants = AccessGrants.NONE;

  private final List<AccessLogEntry> accessLogged = new ArrayList<>();

  private JourneyLog log() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AccessLogStore logStore = new AccessLogStore() {
      @Override
      public void append(List<AccessLogEntry> entries) {
        accessLogged.addAll(entries);
      }

      @Override
      public Page<AccessLogEntry> find(AccessLogQuery query, PageQuery page) {
        throw new UnsupportedOperationException();
      }
    };
    return new JourneyLog(store, policy, grants, new AccessLog(logStore, policy, clock), clock);
  }

  @Test
  void everyConfidentialDetailShownIsLoggedWithItsBasisAndNothingRedactedOrSharedIs() {
    IncomingJourneyEvent shared = JourneyEventValidatorTest.with(f -> {
      f.eventId = "s-1";
      f.confidentiality = Confidentiality.SHARED;
      return f;
    });
    log().append(service("guidance-service"),
        List.of(JourneyEventValidatorTest.valid("c-1"), shared));

    log().list(staff(Agency.FINANCE), COMPANY, 0, 50);
    assertThat(accessLogged).isEmpty();

    log().list(staff(Agency.HUB_IMPULSE), COMPANY, 0, 50);
    assertThat(accessLogged).singleElement().satisfies(entry -> {
      assertThat(entry.resourceId()).isEqualTo("c-1");
      assertThat(entry.path()).isEqualTo(ReadPath.LIST);
      assertThat(entry.basis().kind()).isEqualTo(AccessBasis.Kind.OWN_AGENCY);
    });

    accessLogged.clear();
    grants = (reader, company, at) -> TestGrants.confidentialDetailOf(Agency.HUB_IMPULSE);
    log().list(staff(Agency.FINANCE), COMPANY, JourneyFilter.everything(), ReadPath.GRPC, 0, 50);
    assertThat(accessLogged).singleElement().satisfies(entry -> {
      assertThat(entry.actorAgency()).contains(Agency.FINANCE);
      assertThat(entry.path()).isEqualTo(ReadPath.GRPC);
      assertThat(entry.basis().kind()).isEqualTo(AccessBasis.Kind.SHARING_GRANT);
      assertThat(entry.basis().purpose()).isEqualTo("co-financing analysis");
    });
  }

  @Test
  void theFilterReachesTheStore() {
    log().append(service("crm-service"), List.of(JourneyEventValidatorTest.valid("i-1"),
        JourneyEventValidatorTest.with(f -> {
          f.eventId = "f-1";
          f.agency = Agency.FINANCE;
          return f;
        })));
    JourneyFilter financeOnly = new JourneyFilter(Set.of(Agency.FINANCE), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), true);
    JourneySlice slice = log().list(staff(Agency.CITYDEV), COMPANY, financeOnly, ReadPath.LIST,
        0, 50);
    assertThat(slice.totalItems()).isEqualTo(1);
    assertThat(slice.entries()).extracting(e -> e.event().eventId()).containsExactly("f-1");
  }

  @Test
  void aBatchWithOneForeignAgencyIsRefusedWhole() {
    IncomingJourneyEvent own = JourneyEventValidatorTest.valid("own-1");
    IncomingJourneyEvent foreign = JourneyEventValidatorTest.with(f -> {
      f.eventId = "foreign-1";
      f.agency = Agency.FINANCE;
      return f;
    });
    assertThatThrownBy(() -> log().append(service("guidance-service"), List.of(own, foreign)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("events[1].source_agency");
    assertThat(store.events).isEmpty();
  }

  @Test
  void anInvalidEventStoresNothing() {
    IncomingJourneyEvent broken = JourneyEventValidatorTest.with(f -> {
      f.eventId = "broken";
      f.headline = "";
      return f;
    });
    assertThatThrownBy(() -> log().append(service("guidance-service"),
        List.of(JourneyEventValidatorTest.valid("fine"), broken)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(store.events).isEmpty();
  }

  @Test
  void staffCannotAppendEvenForTheirOwnAgency() {
    assertThatThrownBy(() -> log().append(staff(Agency.HUB_IMPULSE),
        List.of(JourneyEventValidatorTest.valid("e"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void confidentialDetailOfAnotherAgencyIsRedactedButItsHeadlineStays() {
    log().append(service("guidance-service"), List.of(JourneyEventValidatorTest.valid("c-1")));

    JourneyEntry seenByFinance = log().list(staff(Agency.FINANCE), COMPANY, 0, 50).entries().get(0);
    assertThat(seenByFinance.redacted()).isTrue();
    assertThat(seenByFinance.event().detail()).isEmpty();
    assertThat(seenByFinance.event().headline()).isEqualTo("Guidance file opened");
    assertThat(seenByFinance.event().contact().name()).isEqualTo("Sophie Janssens");
    assertThat(seenByFinance.event().sourceAgency()).isEqualTo(Agency.HUB_IMPULSE);

    JourneyEntry seenByImpulse =
        log().list(staff(Agency.HUB_IMPULSE), COMPANY, 0, 50).entries().get(0);
    assertThat(seenByImpulse.redacted()).isFalse();
    assertThat(seenByImpulse.event().detail()).isEqualTo("Founder wants a 50k loan");
  }

  @Test
  void grantsAreAskedForTheReadersAgencyAndOpenTheDetail() {
    log().append(service("guidance-service"), List.of(JourneyEventValidatorTest.valid("g-1")));
    List<Agency> askedFor = new ArrayList<>();
    grants = (reader, company, at) -> {
      askedFor.add(reader.requireAgency());
      return TestGrants.confidentialDetailOf(Agency.HUB_IMPULSE);
    };
    JourneyEntry entry = log().list(staff(Agency.FINANCE), COMPANY, 0, 50).entries().get(0);
    assertThat(entry.redacted()).isFalse();
    assertThat(askedFor).containsExactly(Agency.FINANCE);
  }

  @Test
  void steeringCannotListAJourney() {
    assertThatThrownBy(() -> log().list(staff(Agency.STEERING), COMPANY, 0, 50))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aWindowBeyondTheEndIsEmptyButKeepsTheTotal() {
    log().append(service("crm-service"), List.of(JourneyEventValidatorTest.valid("w-1")));
    JourneySlice slice = log().list(staff(Agency.CITYDEV), COMPANY, 5, 50);
    assertThat(slice.entries()).isEmpty();
    assertThat(slice.totalItems()).isEqualTo(1);
  }

  @Test
  void theStoreGetsTheReceivingTime() {
    log().append(service("guidance-service"), List.of(JourneyEventValidatorTest.valid("t-1")));
    assertThat(store.receivedAt).isEqualTo(NOW);
  }

  private static Caller staff(Agency agency) {
    return new Caller("s", "u", "u", "", Optional.of(agency), Set.of(Role.ADVISOR), "poles-gateway");
  }

  private static Caller service(String clientId) {
    return new Caller("s", clientId, clientId, "", Optional.empty(), Set.of(Role.SERVICE), clientId);
  }

  /** Keeps events in a map keyed on the event id, like the collection's primary key. */
  private static final class InMemoryStore implements JourneyStore {
    final Map<String, JourneyEvent> events = new LinkedHashMap<>();
    Instant receivedAt;

    @Override
    public AppendResult append(List<JourneyEvent> batch, Instant receivedAt) {
      this.receivedAt = receivedAt;
      int stored = 0;
      for (JourneyEvent e : batch) {
        if (events.putIfAbsent(e.eventId(), e) == null) {
          stored++;
        }
      }
      return new AppendResult(stored, batch.size() - stored);
    }

    @Override
    public long count(EnterpriseNumber company, JourneyFilter filter) {
      return matching(company, filter).count();
    }

    @Override
    public List<JourneyEvent> find(EnterpriseNumber company, JourneyFilter filter, long offset,
        int limit) {
      return matching(company, filter)
          .sorted(Comparator.comparing(JourneyEvent::occurredAt).reversed()
              .thenComparing(JourneyEvent::eventId))
          .skip(offset).limit(limit).toList();
    }

    @Override
    public List<JourneyEvent> latestPerAgency(EnterpriseNumber company) {
      throw new UnsupportedOperationException("covered by SharingAndTeamsIT");
    }

    @Override
    public List<SupportRow> supportRows(Instant from, Instant until) {
      throw new UnsupportedOperationException("covered by IndicatorIT");
    }

    @Override
    public Set<String> companiesWithType(String type) {
      throw new UnsupportedOperationException("covered by IndicatorIT");
    }

    /** The agency filter only: the others are the repository's, tested in JourneyRestIT. */
    private java.util.stream.Stream<JourneyEvent> matching(EnterpriseNumber company,
        JourneyFilter filter) {
      return events.values().stream().filter(e -> e.enterpriseNumber().equals(company))
          .filter(e -> filter.agencies().isEmpty() || filter.agencies().contains(e.sourceAgency()));
    }
  }
}
