package be.brussels.poles.crm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessLogTest {

  private static final EnterpriseNumber COMPANY = EnterpriseNumber.parse("0403019261");
  private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123456Z");

  private final List<AccessLogEntry> stored = new ArrayList<>();
  private final AccessLogStore store = new AccessLogStore() {
    @Override
    public void append(List<AccessLogEntry> entries) {
      stored.addAll(entries);
    }

    @Override
    public Page<AccessLogEntry> find(AccessLogQuery query, PageQuery page) {
      return Page.of(stored, page, stored.size());
    }
  };
  private final AccessLog log = new AccessLog(store, new CrmAccessPolicy("crm-service"),
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aReadIsRecordedWithWhoWhatWhenAndPurpose() {
    Caller reader = staff(Agency.FINANCE, Role.ANALYST);
    AccessBasis basis = new AccessBasis(AccessBasis.Kind.SHARING_GRANT, "grant-7",
        "co-financing analysis", "protocol 2026/7");
    log.record(reader, ReadPath.DETAIL, DataRead.of("journey-event", "ev-1", COMPANY,
        Agency.HUB_IMPULSE, DataCategory.CONFIDENTIAL_DETAIL, basis));

    assertThat(stored).singleElement().satisfies(entry -> {
      assertThat(entry.actor()).isEqualTo("sub-analyst");
      assertThat(entry.actorUsername()).isEqualTo("analyst");
      assertThat(entry.actorAgency()).contains(Agency.FINANCE);
      assertThat(entry.at()).isEqualTo(Instant.parse("2026-03-02T09:15:30.123Z"));
      assertThat(entry.path()).isEqualTo(ReadPath.DETAIL);
      assertThat(entry.resourceType()).isEqualTo("journey-event");
      assertThat(entry.resourceId()).isEqualTo("ev-1");
      assertThat(entry.enterpriseNumber()).isEqualTo("0403019261");
      assertThat(entry.owner()).isEqualTo(Agency.HUB_IMPULSE);
      assertThat(entry.basis()).isEqualTo(basis);
    });
  }

  @Test
  void aRequestThatReadNothingProtectedWritesNothing() {
    log.record(staff(Agency.FINANCE, Role.ANALYST), ReadPath.LIST, List.of());
    assertThat(stored).isEmpty();
  }

  @Test
  void onlyAuditorsQueryTheLog() {
    assertThat(log.find(staff(Agency.STEERING, Role.AUDITOR), AccessLogQuery.all(),
        PageQuery.first()).items()).isEmpty();
    assertThatThrownBy(() -> log.find(staff(Agency.HUB_IMPULSE, Role.MANAGER),
        AccessLogQuery.all(), PageQuery.first())).isInstanceOf(AccessDeniedException.class);
  }

  private static Caller staff(Agency agency, Role role) {
    String name = role.realmName();
    return new Caller("sub-" + name, name, name, "", Optional.of(agency), Set.of(role),
        "poles-gateway");
  }
}
