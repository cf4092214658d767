package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidanceFileAccessTest {

  private static Caller staff(Agency agency, Role... roles) {
    return new Caller("sub", "user", "User", "user@x", Optional.of(agency), Set.of(roles),
        "poles-gateway");
  }

  private static Caller service(String clientId) {
    return new Caller("sub", "service-account-" + clientId, "svc", "", Optional.empty(),
        Set.of(Role.SERVICE), clientId);
  }

  @Test
  void advisorsIntakeManagersAndAdminsOfTheGuidancePoleOpenFiles() {
    for (Agency agency : new Agency[] {Agency.HUB_1819, Agency.HUB_IMPULSE, Agency.HUB_ATRIUM, Agency.HUB_BIE}) {
      for (Role role : new Role[] {Role.ADVISOR, Role.INTAKE, Role.MANAGER, Role.ADMIN}) {
        assertThat(GuidanceFileAccess.mayOpen(staff(agency, role))).isTrue();
        assertThatCode(() -> GuidanceFileAccess.requireMayOpen(staff(agency, role)))
            .doesNotThrowAnyException();
      }
      for (Role role : new Role[] {Role.ANALYST, Role.COMMITTEE, Role.KAM, Role.AUDITOR}) {
        assertThat(GuidanceFileAccess.mayOpen(staff(agency, role))).isFalse();
        assertThatThrownBy(() -> GuidanceFileAccess.requireMayOpen(staff(agency, role)))
            .isInstanceOf(AccessDeniedException.class);
      }
    }
  }

  @Test
  void otherPolesAndMachinesNeitherOpenNorRead() {
    for (Caller caller : new Caller[] {staff(Agency.FINANCE, Role.ADVISOR),
        staff(Agency.STEERING, Role.ADMIN), staff(Agency.ACTIRIS, Role.KAM),
        service("crm-service")}) {
      assertThat(GuidanceFileAccess.mayOpen(caller)).isFalse();
      assertThatThrownBy(() -> GuidanceFileAccess.requireMayRead(caller))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatCode(() -> GuidanceFileAccess.requireMayRead(staff(Agency.HUB_BIE, Role.AUDITOR)))
        .doesNotThrowAnyException();
  }

  @Test
  void theGuidanceRequiredCheckIsForTheFinancingServiceAndStaffOutsideSteering() {
    assertThat(GuidanceFileAccess.mayCheckOpenFile(service("financing-service"))).isTrue();
    for (Agency agency : Agency.values()) {
      assertThat(GuidanceFileAccess.mayCheckOpenFile(staff(agency, Role.ANALYST)))
          .as(agency.name()).isEqualTo(agency != Agency.STEERING);
    }
    for (String client : new String[] {"crm-service", "housing-service", "guidance-service"}) {
      assertThat(GuidanceFileAccess.mayCheckOpenFile(service(client))).as(client).isFalse();
    }
    Caller partner = new Caller("sub", "partner", "partner", "", Optional.empty(),
        Set.of(Role.PARTNER), "partner-system");
    assertThat(GuidanceFileAccess.mayCheckOpenFile(partner)).isFalse();
  }

  @Test
  void onlyRestartFilesCarryTheNoDebtRepaymentCondition() {
    for (PackageType type : PackageType.values()) {
      assertThat(FinancingCondition.of(type)).as(type.name()).isEqualTo(type == PackageType.RESTART
          ? java.util.List.of(FinancingCondition.RESTART_LOAN_NEVER_REPAYS_DEBT)
          : java.util.List.of());
    }
  }

  @Test
  void theNoteIsForTheOwningAgencyOnly() {
    GuidanceFile file = GuidanceFile.open(EnterpriseNumber.parse("0403019261"), "X", true,
        PackageType.CREATION, Agency.HUB_IMPULSE, new Adviser("A", "a@x"), Optional.of("n"),
        Instant.now());

    assertThat(GuidanceFileAccess.mayReadNote(staff(Agency.HUB_IMPULSE, Role.INTAKE), file)).isTrue();
    assertThat(GuidanceFileAccess.mayReadNote(staff(Agency.HUB_1819, Role.ADMIN), file)).isFalse();
    assertThat(GuidanceFileAccess.mayReadNote(service("crm-service"), file)).isFalse();
  }

  @Test
  void summaryIsForEveryAgencysStaffButSteeringAndForTheCrmService() {
    for (Agency agency : Agency.values()) {
      assertThat(GuidanceFileAccess.maySeeSummary(staff(agency, Role.ADVISOR)))
          .isEqualTo(agency != Agency.STEERING);
    }
    assertThat(GuidanceFileAccess.maySeeSummary(service("crm-service"))).isTrue();
    assertThat(GuidanceFileAccess.maySeeSummary(service("financing-service"))).isFalse();
    Caller partner = new Caller("sub", "partner", "partner", "", Optional.empty(),
        Set.of(Role.PARTNER), "partner-system");
    assertThat(GuidanceFileAccess.maySeeSummary(partner)).isFalse();
  }
}
