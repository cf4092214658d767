package be.brussels.poles.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.AccessDeniedException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PoleAccessTest {

  private static Caller staff(Agency agency) {
    return new Caller("s", "u", "U", "", Optional.of(agency), Set.of(Role.ADVISOR), "poles-gateway");
  }

  private static Caller machine(Role role, String clientId) {
    return new Caller("s", clientId, clientId, "", Optional.empty(), Set.of(role), clientId);
  }

  @Test
  void summariesForEveryAgencysStaffButSteeringAndForTheCrmOnly() {
    for (Agency agency : Agency.values()) {
      assertThat(PoleAccess.maySeeCompanySummary(staff(agency))).as(agency.name())
          .isEqualTo(agency != Agency.STEERING);
    }
    assertThat(PoleAccess.maySeeCompanySummary(machine(Role.SERVICE, "crm-service"))).isTrue();
    assertThat(PoleAccess.maySeeCompanySummary(machine(Role.SERVICE, "guidance-service")))
        .isFalse();
    assertThat(PoleAccess.maySeeCompanySummary(machine(Role.PARTNER, "partner-system"))).isFalse();
    // a service account that also carries a group is still a machine
    assertThat(PoleAccess.maySeeCompanySummary(new Caller("s", "x", "x", "",
        Optional.of(Agency.FINANCE), Set.of(Role.SERVICE), "housing-service"))).isFalse();
  }

  @Test
  void poleStaffOnly() {
    assertThat(PoleAccess.requirePoleStaff(staff(Agency.GUARANTEE_FUND), Agency.Pole.FINANCING,
        "applications")).isEqualTo(Agency.GUARANTEE_FUND);
    assertThatThrownBy(() -> PoleAccess.requirePoleStaff(staff(Agency.CITYDEV),
        Agency.Pole.FINANCING, "financing applications"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("only staff of the financing pole work on financing applications");
    assertThatThrownBy(() -> PoleAccess.requirePoleStaff(machine(Role.SERVICE, "crm-service"),
        Agency.Pole.HOUSING, "location requests")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> PoleAccess.requirePoleStaff(new Caller("s", "x", "x", "",
        Optional.of(Agency.CITYDEV), Set.of(Role.PARTNER), "partner-system"),
        Agency.Pole.HOUSING, "location requests")).isInstanceOf(AccessDeniedException.class);
  }
}
