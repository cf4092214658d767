package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FinancingAccessTest {

  private static Caller staff(Agency agency, Role... roles) {
    return new Caller("sub", "user", "User", "u@x.be", Optional.of(agency), Set.of(roles),
        "poles-gateway");
  }

  private static Caller service(String clientId) {
    return new Caller("sub", "service-account-" + clientId, clientId, "", Optional.empty(),
        Set.of(Role.SERVICE), clientId);
  }

  @Test
  void analystsAdvisorsManagersAndAdminsOfTheFinancingPoleRecord() {
    for (Agency agency : new Agency[] {Agency.FINANCE, Agency.GUARANTEE_FUND}) {
      for (Role role : new Role[] {Role.ANALYST, Role.ADVISOR, Role.MANAGER, Role.ADMIN}) {
        assertThat(FinancingAccess.requireMayRecord(staff(agency, role))).isEqualTo(agency);
      }
      for (Role role : new Role[] {Role.INTAKE, Role.COMMITTEE, Role.KAM, Role.AUDITOR}) {
        assertThatThrownBy(() -> FinancingAccess.requireMayRecord(staff(agency, role)))
            .as(agency + " " + role).isInstanceOf(AccessDeniedException.class);
      }
    }
  }

  @Test
  void nobodyOutsideThePoleRecordsOrReads() {
    for (Agency agency : Agency.values()) {
      if (agency.pole() == Agency.Pole.FINANCING) {
        continue;
      }
      Caller caller = staff(agency, Role.ADMIN, Role.ANALYST, Role.MANAGER);
      assertThatThrownBy(() -> FinancingAccess.requireMayRecord(caller)).as(agency.name())
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> FinancingAccess.requireMayRead(caller)).as(agency.name())
          .isInstanceOf(AccessDeniedException.class);
    }
    Caller machine = service("crm-service");
    assertThatThrownBy(() -> FinancingAccess.requireMayRead(machine))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void everyStaffRoleOfThePoleReads() {
    assertThat(FinancingAccess.requireMayRead(staff(Agency.FINANCE, Role.INTAKE)))
        .isEqualTo(Agency.FINANCE);
    assertThat(FinancingAccess.requireMayRead(staff(Agency.GUARANTEE_FUND, Role.AUDITOR)))
        .isEqualTo(Agency.GUARANTEE_FUND);
    assertThatThrownBy(() -> FinancingAccess.requireMayRead(staff(Agency.FINANCE)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void summariesForEveryAgencyButSteeringAndForTheCrmService() {
    for (Agency agency : Agency.values()) {
      assertThat(FinancingAccess.maySeeSummary(staff(agency, Role.ADVISOR))).as(agency.name())
          .isEqualTo(agency != Agency.STEERING);
    }
    assertThat(FinancingAccess.maySeeSummary(service("crm-service"))).isTrue();
    assertThat(FinancingAccess.maySeeSummary(service("guidance-service"))).isFalse();
    Caller partner = new Caller("sub", "partner", "Partner", "", Optional.empty(),
        Set.of(Role.PARTNER), "partner-system");
    assertThat(FinancingAccess.maySeeSummary(partner)).isFalse();
  }

  @Test
  void amountsOnlyForTheOwningAgency() {
    FinancingApplication byFund = FinancingApplication.submit(UUID.randomUUID(),
        EnterpriseNumber.parse("0403019261"), "", false, Instrument.GUARANTEE,
        Money.euros("1000"), "x", Agency.GUARANTEE_FUND, new StaffContact("G", ""),
        Submissions.plain(Instrument.GUARANTEE), Instant.now());

    assertThat(FinancingAccess.maySeeAmounts(staff(Agency.GUARANTEE_FUND, Role.INTAKE), byFund))
        .isTrue();
    assertThat(FinancingAccess.maySeeAmounts(staff(Agency.FINANCE, Role.ADMIN), byFund)).isFalse();
    assertThat(FinancingAccess.maySeeAmounts(staff(Agency.HUB_IMPULSE, Role.ADVISOR), byFund))
        .isFalse();
    assertThat(FinancingAccess.maySeeAmounts(service("crm-service"), byFund)).isFalse();
  }
}
