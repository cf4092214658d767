package be.brussels.poles.crm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrmAccessPolicyTest {

  private final CrmAccessPolicy policy = new CrmAccessPolicy("crm-service");

  static Caller staff(Agency agency, Role... roles) {
    return new Caller("sub", "user", "User", "", Optional.of(agency), Set.of(roles),
        "poles-gateway");
  }

  static Caller service(String clientId) {
    return new Caller("sub", "service-account-" + clientId, clientId, "", Optional.empty(),
        Set.of(Role.SERVICE), clientId);
  }

  static Caller partner() {
    return new Caller("sub", "service-account-partner-system", "partner", "", Optional.empty(),
        Set.of(Role.PARTNER), "partner-system");
  }

  /** Logged in, but in no agency group and without a machine role. */
  static Caller nobody() {
    return new Caller("sub", "drifter", "drifter", "", Optional.empty(), Set.of(Role.ADVISOR),
        "poles-gateway");
  }

  @ParameterizedTest
  @EnumSource(Agency.class)
  void everyStaffMemberMayReadCompanies(Agency agency) {
    assertThat(policy.mayReadCompany(staff(agency))).isTrue();
  }

  @Test
  void partnerSystemsAndServicesMayReadCompaniesButNotSomeoneOutsideEveryAgency() {
    assertThat(policy.mayReadCompany(partner())).isTrue();
    assertThat(policy.mayReadCompany(service("guidance-service"))).isTrue();
    assertThat(policy.mayReadCompany(nobody())).isFalse();
    assertThatThrownBy(() -> policy.requireReadCompany(nobody()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"INTAKE", "ADVISOR", "ANALYST", "KAM", "MANAGER", "ADMIN"})
  void caseWorkersMayRegisterCompanies(Role role) {
    assertThat(policy.mayRegisterCompany(staff(Agency.HUB_1819, role))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"COMMITTEE", "AUDITOR"})
  void committeeMembersAndAuditorsMayNotRegisterCompanies(Role role) {
    assertThat(policy.mayRegisterCompany(staff(Agency.FINANCE, role))).isFalse();
  }

  @Test
  void steeringMayNotRegisterEvenAsAdmin() {
    assertThat(policy.mayRegisterCompany(staff(Agency.STEERING, Role.ADMIN))).isFalse();
  }

  @Test
  void servicesMayRegisterButPartnersAndStaffWithoutRoleMayNot() {
    assertThat(policy.mayRegisterCompany(service("financing-service"))).isTrue();
    assertThat(policy.mayRegisterCompany(partner())).isFalse();
    assertThat(policy.mayRegisterCompany(staff(Agency.HUB_IMPULSE))).isFalse();
    assertThatThrownBy(() -> policy.requireRegisterCompany(partner()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void onlyServiceAccountsMayAppendJourneyEvents() {
    assertThat(policy.mayAppendJourney(service("housing-service"))).isTrue();
    assertThat(policy.mayAppendJourney(staff(Agency.HUB_IMPULSE, Role.ADMIN))).isFalse();
    assertThat(policy.mayAppendJourney(partner())).isFalse();
  }

  @Test
  void eachPoleRecordsOnlyForItsOwnAgencies() {
    assertAgencies("guidance-service",
        EnumSet.of(Agency.HUB_1819, Agency.HUB_IMPULSE, Agency.HUB_ATRIUM, Agency.HUB_BIE));
    assertAgencies("financing-service", EnumSet.of(Agency.FINANCE, Agency.GUARANTEE_FUND));
    assertAgencies("housing-service", EnumSet.of(Agency.CITYDEV));
    assertAgencies("crm-service", EnumSet.allOf(Agency.class));
    assertAgencies("some-other-service", EnumSet.noneOf(Agency.class));
  }

  @Test
  void theCrmRecognisesItsOwnClientIdFromConfiguration() {
    CrmAccessPolicy renamed = new CrmAccessPolicy("crm-eu-west");
    assertThat(renamed.mayRecordFor(service("crm-eu-west"), Agency.ACTIRIS)).isTrue();
    assertThat(renamed.mayRecordFor(service("crm-service"), Agency.ACTIRIS)).isFalse();
  }

  @Test
  void aStaffTokenNeverSpeaksForAnAgencyEvenWithAServiceClientId() {
    Caller impostor = new Caller("sub", "u", "u", "", Optional.of(Agency.FINANCE),
        Set.of(Role.ADMIN), "financing-service");
    assertThat(policy.mayRecordFor(impostor, Agency.FINANCE)).isFalse();
    assertThatThrownBy(() -> policy.requireRecordFor(service("guidance-service"), Agency.FINANCE,
        "events[0].source_agency"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("events[0].source_agency");
  }

  @ParameterizedTest
  @EnumSource(value = Agency.class, mode = EnumSource.Mode.EXCLUDE, names = "STEERING")
  void staffOfEveryPartnerAgencyMayListJourneys(Agency agency) {
    assertThat(policy.mayListJourney(staff(agency))).isTrue();
  }

  @Test
  void steeringPartnersAndServicesMayNotListJourneys() {
    assertThat(policy.mayListJourney(staff(Agency.STEERING, Role.MANAGER))).isFalse();
    assertThat(policy.mayListJourney(partner())).isFalse();
    assertThat(policy.mayListJourney(service("crm-service"))).isFalse();
    assertThat(policy.mayListJourney(nobody())).isFalse();
  }

  @Test
  void sharedDetailIsVisibleToEveryJourneyReader() {
    assertThat(policy.mayReadDetail(staff(Agency.FINANCE), Agency.HUB_IMPULSE,
        Confidentiality.SHARED, DetailGrants.none())).isTrue();
  }

  @Test
  void confidentialDetailIsVisibleToTheOwningAgencyOnly() {
    assertThat(policy.mayReadDetail(staff(Agency.HUB_IMPULSE), Agency.HUB_IMPULSE,
        Confidentiality.CONFIDENTIAL, DetailGrants.none())).isTrue();
    assertThat(policy.mayReadDetail(staff(Agency.FINANCE), Agency.HUB_IMPULSE,
        Confidentiality.CONFIDENTIAL, DetailGrants.none())).isFalse();
    // same pole, other agency: still someone else's confidential detail
    assertThat(policy.mayReadDetail(staff(Agency.HUB_ATRIUM), Agency.HUB_IMPULSE,
        Confidentiality.CONFIDENTIAL, DetailGrants.none())).isFalse();
  }

  @Test
  void aGrantOpensConfidentialDetailOfTheGrantingAgencyOnly() {
    DetailGrants fromImpulse = TestGrants.confidentialDetailOf(Agency.HUB_IMPULSE);
    assertThat(policy.mayReadDetail(staff(Agency.FINANCE), Agency.HUB_IMPULSE,
        Confidentiality.CONFIDENTIAL, fromImpulse)).isTrue();
    assertThat(policy.mayReadDetail(staff(Agency.FINANCE), Agency.CITYDEV,
        Confidentiality.CONFIDENTIAL, fromImpulse)).isFalse();
  }

  @Test
  void whoMayNotListSeesNoDetailAtAll() {
    assertThat(policy.mayReadDetail(staff(Agency.STEERING), Agency.STEERING,
        Confidentiality.SHARED, DetailGrants.none())).isFalse();
  }

  private void assertAgencies(String clientId, Set<Agency> allowed) {
    Caller caller = service(clientId);
    Arrays.stream(Agency.values()).forEach(agency ->
        assertThat(policy.mayRecordFor(caller, agency))
            .as("%s recording for %s", clientId, agency)
            .isEqualTo(allowed.contains(agency)));
  }
}
