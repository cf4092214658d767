package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HousingAccessTest {

  private static Caller staff(Agency agency, Role... roles) {
    return new Caller("sub", "user", "User", "", Optional.of(agency), Set.of(roles),
        "poles-gateway");
  }

  @Test
  void advisorsManagersAndAdminsOfCitydevRecord() {
    for (Role role : new Role[] {Role.ADVISOR, Role.MANAGER, Role.ADMIN}) {
      assertThat(HousingAccess.requireMayRecord(staff(Agency.CITYDEV, role)))
          .isEqualTo(Agency.CITYDEV);
    }
    for (Role role : new Role[] {Role.INTAKE, Role.ANALYST, Role.COMMITTEE, Role.KAM,
        Role.AUDITOR}) {
      assertThatThrownBy(() -> HousingAccess.requireMayRecord(staff(Agency.CITYDEV, role)))
          .as(role.name()).isInstanceOf(AccessDeniedException.class);
      assertThat(HousingAccess.requireMayRead(staff(Agency.CITYDEV, role)))
          .isEqualTo(Agency.CITYDEV);
    }
  }

  @Test
  void nobodyElseRecordsOrReads() {
    for (Agency agency : Agency.values()) {
      if (agency == Agency.CITYDEV) {
        continue;
      }
      Caller caller = staff(agency, Role.ADMIN, Role.ADVISOR);
      assertThatThrownBy(() -> HousingAccess.requireMayRecord(caller)).as(agency.name())
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> HousingAccess.requireMayRead(caller)).as(agency.name())
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> HousingAccess.requireMayRead(staff(Agency.CITYDEV)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void summariesForPartnerStaffAndTheCrm() {
    assertThat(HousingAccess.maySeeSummary(staff(Agency.HUB_BIE, Role.INTAKE))).isTrue();
    assertThat(HousingAccess.maySeeSummary(staff(Agency.STEERING, Role.MANAGER))).isFalse();
    assertThat(HousingAccess.maySeeSummary(new Caller("s", "crm", "crm", "", Optional.empty(),
        Set.of(Role.SERVICE), "crm-service"))).isTrue();
  }
}
