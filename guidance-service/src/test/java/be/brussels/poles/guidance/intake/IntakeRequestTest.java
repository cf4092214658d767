package be.brussels.poles.guidance.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.guidance.intake.IntakeRequest.Channel;
import be.brussels.poles.guidance.intake.IntakeRequest.Language;
import be.brussels.poles.guidance.intake.IntakeRequest.RequesterKind;
import be.brussels.poles.guidance.intake.IntakeRequest.Topic;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeRequestTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final EnterpriseNumber COMPANY = EnterpriseNumber.parse("0403.019.261");
  private static final Orientation.Proposal FINANCE = new Orientation.Proposal(
      "finance-start-capital", "Start capital", "finance.brussels", Optional.of(Agency.FINANCE));
  private static final Orientation.Proposal WORKSHOP = new Orientation.Proposal(
      "1819-startessentials", "StartEssentials workshops", "hub.brussels 1819", Optional.empty());

  private static IntakeRequest request(RequesterKind kind, Optional<EnterpriseNumber> company,
      List<Orientation.Proposal> proposals) {
    return IntakeRequest.record(NOW, Agency.HUB_1819, "Léa", "lea@1819.brussels", Channel.PHONE,
        Language.FR, kind, company, "Brasserie Atlas", company.isPresent(), Optional.empty(),
        Set.of(Topic.FINANCING, Topic.DIFFICULTY), "How do I finance my van?", "Start capital",
        proposals);
  }

  @Test
  void anOrientationToAnotherAgencyAwaitsItsCrmReferralAndTheJourneyHearsOfIt() {
    IntakeRequest request = request(RequesterKind.EXISTING_COMPANY, Optional.of(COMPANY),
        List.of(FINANCE, WORKSHOP));

    assertThat(request.orientations()).extracting(Orientation::referralStatus).containsExactly(
        Orientation.ReferralStatus.AWAITING_CRM_REFERRAL, Orientation.ReferralStatus.NONE);
    PendingJourneyEvent event = request.orientationEvent().orElseThrow();
    assertThat(event.type()).isEqualTo("guidance.orientation.given");
    assertThat(event.headline()).isEqualTo("Orientation given (phone): 2 services proposed");
    // what the person asked about stays with those allowed to read the detail
    assertThat(event.headline()).doesNotContain("difficulty");
    assertThat(event.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(event.detail()).contains("difficulty", "Start capital", "StartEssentials");
    assertThat(event.sourceReference()).isEqualTo(request.requestId().toString());
  }

  @Test
  void aProjectHolderWithoutANumberGetsOrientedWithoutReferralOrJourney() {
    IntakeRequest request = request(RequesterKind.PROJECT_HOLDER, Optional.empty(),
        List.of(FINANCE));
    assertThat(request.orientations().get(0).referralStatus())
        .isEqualTo(Orientation.ReferralStatus.NO_ENTERPRISE_NUMBER);
    assertThat(request.orientationEvent()).isEmpty();
  }

  @Test
  void anExistingCompanyComesWithItsNumberAndEveryRequestHasATopic() {
    assertThatThrownBy(() -> request(RequesterKind.EXISTING_COMPANY, Optional.empty(), List.of()))
        .isInstanceOfSatisfying(BusinessRuleException.class,
            e -> assertThat(e.field()).isEqualTo("enterpriseNumber"));
    assertThatThrownBy(() -> IntakeRequest.record(NOW, Agency.HUB_1819, "L", "", Channel.WEB,
        Language.EN, RequesterKind.NEW_COMPANY, Optional.of(COMPANY), "", true, Optional.empty(),
        Set.of(), "", "", List.of())).hasMessageContaining("topic");
    assertThatThrownBy(() -> request(RequesterKind.EXISTING_COMPANY, Optional.of(COMPANY),
        List.of(new Orientation.Proposal("x", "x", "x", Optional.of(Agency.HUB_1819)))))
        .hasMessageContaining("another agency");
  }

  @Test
  void aReferralIsLinkedWhenItIsAboutThisCompanyAndThatAgency() {
    IntakeRequest request = request(RequesterKind.EXISTING_COMPANY, Optional.of(COMPANY),
        List.of(FINANCE, WORKSHOP));
    String financeId = request.orientations().get(0).orientationId();

    assertThatThrownBy(() -> request.linkReferral(financeId, new Orientation.CrmReferral("r1",
        "0202239951", Agency.HUB_1819, Agency.FINANCE, "SENT", NOW)))
        .hasMessageContaining("another company");
    assertThatThrownBy(() -> request.linkReferral(financeId, new Orientation.CrmReferral("r1",
        "0403019261", Agency.HUB_1819, Agency.CITYDEV, "SENT", NOW)))
        .hasMessageContaining("goes to CITYDEV");
    assertThatThrownBy(() -> request.linkReferral(request.orientations().get(1).orientationId(),
        new Orientation.CrmReferral("r1", "0403019261", Agency.HUB_1819, Agency.FINANCE, "SENT",
            NOW))).hasMessageContaining("no other agency");

    IntakeRequest linked = request.linkReferral(financeId, new Orientation.CrmReferral("r1",
        "0403019261", Agency.HUB_1819, Agency.FINANCE, "SENT", NOW));
    assertThat(linked.orientations().get(0).referralStatus())
        .isEqualTo(Orientation.ReferralStatus.LINKED);
    assertThat(linked.orientations().get(0).referral()).get()
        .extracting(Orientation.CrmReferral::referralId).isEqualTo("r1");
  }
}
