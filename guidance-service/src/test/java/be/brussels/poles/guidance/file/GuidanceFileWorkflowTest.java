package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file's life in its package: admission, checklist, stages, follow-ups, promotion. */
class GuidanceFileWorkflowTest {

  private static final EnterpriseNumber COMPANY = EnterpriseNumber.parse("0403.019.261");
  private static final Instant NOW = Instant.parse("2026-01-15T09:30:00Z");
  private static final Adviser MARC = new Adviser("Marc Dubois", "marc@hub.brussels");
  private static final GuidanceFile.AssignedOperator ACCREDITED =
      new GuidanceFile.AssignedOperator("op-1", "Coaching Partner asbl", true);
  private static final GuidanceFile.AssignedOperator NOT_ACCREDITED =
      new GuidanceFile.AssignedOperator("op-2", "Unlisted Consulting", false);

  private static GuidanceFile open(PackageType type, Set<PriorityGroup> groups) {
    return GuidanceFile.open(COMPANY, "Brasserie Atlas", true, type,
        type == PackageType.ATRIUM_OPEN ? Agency.HUB_ATRIUM : Agency.HUB_IMPULSE, MARC,
        Optional.empty(), groups, Money.euros("25.00"), NOW);
  }

  private static GuidanceFile admittedCreation() {
    GuidanceFile file = open(PackageType.CREATION, Set.of());
    file.confirmEntry(Set.of("BRUSSELS_ESTABLISHMENT", "PROJECT_ASSESSED"), Set.of());
    return file;
  }

  private static Instant days(long days) {
    return NOW.plus(Duration.ofDays(days));
  }

  // --- checklist and levels --------------------------------------------------------------------

  @Test
  void creationLevelsAreCumulativeAndEveryElementNamesItsProvider() {
    List<String> universal = codes(PackageType.UNIVERSAL);
    List<String> creation = codes(PackageType.CREATION);
    List<String> starter = codes(PackageType.HIGH_POTENTIAL_STARTER);

    assertThat(creation).containsAll(universal).contains("COLLECTIVE_FOLLOW_UP", "COWORKING_CHEQUE",
        "PERMITS_HELP", "FINANCING_PLAN_HELP", "BUSINESS_PLAN_COACHING");
    assertThat(starter).containsAll(creation).contains("INDIVIDUAL_COACHING", "QUARTERLY_MEETING",
        "MULTIDISCIPLINARY_TEAM");
    assertThat(codes(PackageType.ATRIUM_OPEN)).containsAll(creation).contains("SHOP_FITTING");
    assertThat(codes(PackageType.GROWTH)).hasSize(7);
    for (PackageType type : PackageType.values()) {
      PackageDefinition definition = PackageDefinition.of(type);
      assertThat(definition.elements()).as(type.name()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.provider()).isNotBlank());
      assertThat(definition.elements()).extracting(PackageElement::code).doesNotHaveDuplicates();
    }
    assertThat(PackageDefinition.of(PackageType.UNIVERSAL).level()).isZero();
    assertThat(PackageDefinition.of(PackageType.HIGH_POTENTIAL_STARTER).level()).isEqualTo(2);
  }

  private static List<String> codes(PackageType type) {
    return PackageDefinition.of(type).elements().stream().map(PackageElement::code).toList();
  }

  @Test
  void newFileHasThePackagesChecklistAllPlannedAndItsFee() {
    GuidanceFile file = open(PackageType.HIGH_POTENTIAL_STARTER, Set.of());

    assertThat(file.checklist()).extracting(i -> i.element().code())
        .isEqualTo(codes(PackageType.HIGH_POTENTIAL_STARTER));
    assertThat(file.checklist()).allSatisfy(i ->
        assertThat(i.state()).isEqualTo(ChecklistItem.State.PLANNED));
    assertThat(file.admission().fee()).isEqualTo(Money.euros("25.00"));
    assertThat(file.admission().feeWaived(file.definition())).isFalse();
    assertThat(file.stageHistory()).containsExactly(new StageSpan(Stage.OPEN, NOW, Optional.empty()));
  }

  // --- admission -------------------------------------------------------------------------------

  @Test
  void aSelectiveFileLeavesOpenOnlyOnceItsEntryConditionsAreMet() {
    GuidanceFile file = open(PackageType.CREATION, Set.of());

    assertThatThrownBy(() -> file.changeStage(Stage.COACHING, Optional.empty(), days(1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("BRUSSELS_ESTABLISHMENT").hasMessageContaining("PROJECT_ASSESSED");

    file.confirmEntry(Set.of("BRUSSELS_ESTABLISHMENT"), Set.of());
    assertThat(file.admission().missing(file.definition())).extracting(EntryCondition::code)
        .containsExactly("PROJECT_ASSESSED");
    file.confirmEntry(Set.of("BRUSSELS_ESTABLISHMENT", "PROJECT_ASSESSED"), Set.of());
    file.changeStage(Stage.COACHING, Optional.empty(), days(1));
    assertThat(file.stage()).isEqualTo(Stage.COACHING);
  }

  @Test
  void theUniversalPackageIsOpenToEveryEntrepreneur() {
    GuidanceFile file = open(PackageType.UNIVERSAL, Set.of());
    assertThat(file.admission().admitted(file.definition())).isTrue();
    file.changeStage(Stage.COACHING, Optional.empty(), days(1));
  }

  @Test
  void aPriorityGroupIsExemptedFromTheFeeAndFromWaivableConditionsOnly() {
    GuidanceFile file = open(PackageType.CREATION, Set.of(PriorityGroup.JOBSEEKER));

    assertThat(file.admission().feeWaived(file.definition())).isTrue();
    assertThat(file.admission().missing(file.definition())).extracting(EntryCondition::code)
        .containsExactly("BRUSSELS_ESTABLISHMENT");
    assertThatThrownBy(() -> file.recordFeePaid(LocalDate.of(2026, 1, 20)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no fee is due");
    // the growth package exempts fewer groups
    GuidanceFile growth = open(PackageType.GROWTH, Set.of(PriorityGroup.JOBSEEKER));
    assertThat(growth.admission().feeWaived(growth.definition())).isFalse();
  }

  @Test
  void theFeeIsPaidOnce() {
    GuidanceFile file = open(PackageType.CREATION, Set.of());
    file.recordFeePaid(LocalDate.of(2026, 1, 20));
    assertThat(file.admission().feePaidOn()).contains(LocalDate.of(2026, 1, 20));
    assertThatThrownBy(() -> file.recordFeePaid(LocalDate.of(2026, 1, 21)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already paid");
  }

  @Test
  void unknownEntryConditionsAreRefusedNamingTheAllowedOnes() {
    GuidanceFile file = open(PackageType.CREATION, Set.of());
    assertThatThrownBy(() -> file.confirmEntry(Set.of("RETAIL_PROJECT"), Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations().get(0).reason()).contains("RETAIL_PROJECT")
                .contains("BRUSSELS_ESTABLISHMENT"));
  }

  // --- stages ----------------------------------------------------------------------------------

  @Test
  void stagesMoveForwardAlongThePackagesPathWithTheirDatesAndEvents() {
    GuidanceFile file = admittedCreation();

    PendingJourneyEvent coaching = file.changeStage(Stage.COACHING, Optional.empty(), days(10));
    PendingJourneyEvent followUp = file.changeStage(Stage.FOLLOW_UP, Optional.of("plan done"), days(40));

    assertThat(file.stage()).isEqualTo(Stage.FOLLOW_UP);
    assertThat(file.stageSince()).isEqualTo(days(40));
    assertThat(file.stageHistory()).containsExactly(
        new StageSpan(Stage.OPEN, NOW, Optional.of(days(10))),
        new StageSpan(Stage.COACHING, days(10), Optional.of(days(40))),
        new StageSpan(Stage.FOLLOW_UP, days(40), Optional.empty()));
    assertThat(coaching.type()).isEqualTo("guidance.file.stage_changed");
    assertThat(coaching.headline()).isEqualTo("Guidance file moved to stage coaching: creation package");
    assertThat(coaching.confidentiality()).isEqualTo(Confidentiality.SHARED);
    assertThat(coaching.sourceReference()).isEqualTo(file.fileId().toString());
    // a reason is detail, for the owning agency
    assertThat(followUp.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(followUp.detail()).isEqualTo("plan done");

    assertThatThrownBy(() -> file.changeStage(Stage.COACHING, Optional.empty(), days(41)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("forward");
    assertThatThrownBy(() -> file.changeStage(Stage.SCREENING, Optional.empty(), days(41)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a stage");
  }

  @Test
  void closingIsPossibleFromAnyStageCancelsFollowUpsAndEndsChanges() {
    GuidanceFile file = open(PackageType.CREATION, Set.of());

    PendingJourneyEvent closed = file.changeStage(Stage.CLOSED, Optional.empty(), days(5));

    assertThat(closed.type()).isEqualTo("guidance.file.closed");
    assertThat(file.isOpen()).isFalse();
    assertThat(file.nextFollowUp()).isEmpty();
    assertThat(file.followUps()).allSatisfy(f -> assertThat(f.cancelled()).isTrue());
    assertThatThrownBy(() -> file.changeStage(Stage.COACHING, Optional.empty(), days(6)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> file.scheduleFollowUp(FollowUp.Kind.COLLECTIVE_QUARTERLY,
        LocalDate.of(2026, 6, 1))).isInstanceOf(BusinessRuleException.class);
    // what happened afterwards can still be noted
    file.addNote("called back in March", ConfidentialityLevel.AGENCY, MARC, "marc", days(50));
    assertThat(file.notes()).hasSize(1);
  }

  // --- checklist -------------------------------------------------------------------------------

  @Test
  void aCoFinancedElementIsDeliveredByAnAccreditedOperatorOnly() {
    GuidanceFile file = admittedCreation();

    assertThatThrownBy(() -> file.updateChecklistItem("BUSINESS_PLAN_COACHING",
        ChecklistItem.State.IN_PROGRESS, Optional.of(NOT_ACCREDITED), days(1)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not accredited");
    assertThatThrownBy(() -> file.updateChecklistItem("BUSINESS_PLAN_COACHING",
        ChecklistItem.State.IN_PROGRESS, Optional.empty(), days(1)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("assign an accredited");

    file.updateChecklistItem("BUSINESS_PLAN_COACHING", ChecklistItem.State.IN_PROGRESS,
        Optional.of(ACCREDITED), days(1));
    file.updateChecklistItem("BUSINESS_PLAN_COACHING", ChecklistItem.State.DONE, Optional.empty(),
        days(2));
    ChecklistItem item = file.checklist().stream()
        .filter(i -> i.element().code().equals("BUSINESS_PLAN_COACHING")).findFirst().orElseThrow();
    assertThat(item.state()).isEqualTo(ChecklistItem.State.DONE);
    assertThat(item.operatorName()).contains("Coaching Partner asbl");
    assertThat(item.updatedAt()).contains(days(2));

    // an element that is not co-financed takes any provider, or none
    file.updateChecklistItem("PERMITS_HELP", ChecklistItem.State.DONE, Optional.empty(), days(3));
    assertThatThrownBy(() -> file.updateChecklistItem("SCREENING", ChecklistItem.State.DONE,
        Optional.empty(), days(3))).hasMessageContaining("no element SCREENING");
  }

  // --- sessions --------------------------------------------------------------------------------

  @Test
  void sessionsAreDatedWithinTheFilesLifeAndNeedASummary() {
    GuidanceFile file = admittedCreation();
    Session session = file.recordSession(LocalDate.of(2026, 1, 20), Session.Kind.INDIVIDUAL_COACHING,
        " financial plan reviewed ", ConfidentialityLevel.POLE, MARC, "marc", days(6));
    assertThat(session.summary()).isEqualTo("financial plan reviewed");
    assertThat(file.sessions()).containsExactly(session);

    assertThatThrownBy(() -> file.recordSession(LocalDate.of(2026, 1, 1), Session.Kind.MENTORING,
        "x", ConfidentialityLevel.POLE, MARC, "marc", days(6)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("heldOn");
    assertThatThrownBy(() -> file.recordSession(LocalDate.of(2026, 1, 20), Session.Kind.MENTORING,
        "  ", ConfidentialityLevel.POLE, MARC, "marc", days(6)))
        .isInstanceOf(InvalidInputException.class);
  }

  // --- follow-ups ------------------------------------------------------------------------------

  @Test
  void creationSchedulesItsCollectiveFollowUpAQuarterAfterOpening() {
    GuidanceFile creation = open(PackageType.CREATION, Set.of());
    assertThat(creation.nextFollowUp()).get().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FollowUp.Kind.COLLECTIVE_QUARTERLY);
      assertThat(f.dueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
    });
    assertThat(open(PackageType.HIGH_POTENTIAL_STARTER, Set.of()).nextFollowUp()).get()
        .extracting(FollowUp::kind).isEqualTo(FollowUp.Kind.QUARTERLY_MEETING);
    assertThat(open(PackageType.RESTART, Set.of()).followUps()).isEmpty();
    assertThat(open(PackageType.GROWTH, Set.of()).followUps()).isEmpty();
  }

  @Test
  void aHeldFollowUpSchedulesTheNextOneAQuarterAfterItWasDue() {
    GuidanceFile file = admittedCreation();
    FollowUp first = file.nextFollowUp().orElseThrow();

    // held late: the rhythm stays quarterly from the due date
    PendingJourneyEvent held = file.recordFollowUp(first.followUpId(), LocalDate.of(2026, 4, 28),
        "revenue on plan", days(104));

    assertThat(held.type()).isEqualTo("guidance.follow_up.held");
    assertThat(held.headline()).isEqualTo("Collective quarterly follow-up held: creation package");
    assertThat(held.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(file.nextFollowUp()).get().extracting(FollowUp::dueOn)
        .isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(file.followUps()).first().satisfies(f -> {
      assertThat(f.heldOn()).contains(LocalDate.of(2026, 4, 28));
      assertThat(f.summary()).isEqualTo("revenue on plan");
    });
    assertThatThrownBy(() -> file.recordFollowUp(first.followUpId(), LocalDate.of(2026, 4, 29),
        "", days(105))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("already held");
  }

  @Test
  void aFollowUpIsOverdueTheDayAfterItWasDueUntilHeld() {
    FollowUp pending = new FollowUp("f", FollowUp.Kind.QUARTERLY_MEETING, LocalDate.of(2026, 4, 15),
        Optional.empty(), "", false);
    assertThat(pending.isOverdue(LocalDate.of(2026, 4, 15))).isFalse();
    assertThat(pending.isOverdue(LocalDate.of(2026, 4, 16))).isTrue();
    FollowUp held = new FollowUp("f", FollowUp.Kind.QUARTERLY_MEETING, LocalDate.of(2026, 4, 15),
        Optional.of(LocalDate.of(2026, 4, 20)), "", false);
    assertThat(held.isOverdue(LocalDate.of(2026, 5, 1))).isFalse();
  }

  @Test
  void onlyThePackagesOwnFollowUpKindsAreScheduledOnePendingAtATime() {
    GuidanceFile starter = open(PackageType.HIGH_POTENTIAL_STARTER, Set.of());
    starter.scheduleFollowUp(FollowUp.Kind.COLLECTIVE_QUARTERLY, LocalDate.of(2026, 3, 1));
    assertThatThrownBy(() -> starter.scheduleFollowUp(FollowUp.Kind.QUARTERLY_MEETING,
        LocalDate.of(2026, 3, 1))).hasMessageContaining("already scheduled");
    assertThatThrownBy(() -> open(PackageType.CREATION, Set.of()).scheduleFollowUp(
        FollowUp.Kind.QUARTERLY_MEETING, LocalDate.of(2026, 3, 1)))
        .hasMessageContaining("only [COLLECTIVE_QUARTERLY]");
    assertThatThrownBy(() -> open(PackageType.TRANSFER, Set.of()).scheduleFollowUp(
        FollowUp.Kind.COLLECTIVE_QUARTERLY, LocalDate.of(2026, 3, 1)))
        .hasMessageContaining("no scheduled follow-ups");
    assertThat(starter.nextFollowUp()).get().extracting(FollowUp::dueOn)
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  // --- growth ----------------------------------------------------------------------------------

  @Test
  void promotionToGrowthKeepsTheHistoryAndAsksTheCrmForATeamAndAKeyAccount() {
    GuidanceFile file = admittedCreation();
    file.changeStage(Stage.COACHING, Optional.empty(), days(10));
    file.recordSession(LocalDate.of(2026, 1, 30), Session.Kind.INDIVIDUAL_COACHING, "plan",
        ConfidentialityLevel.AGENCY, MARC, "marc", days(16));
    file.updateChecklistItem("PERMITS_HELP", ChecklistItem.State.DONE, Optional.empty(), days(17));

    assertThatThrownBy(() -> file.promoteToGrowth(Set.of("BRUSSELS_ESTABLISHMENT"), days(20)))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("GROWTH_SCENARIO");
    PendingJourneyEvent promoted =
        file.promoteToGrowth(Set.of("BRUSSELS_ESTABLISHMENT", "GROWTH_SCENARIO"), days(20));

    assertThat(file.packageType()).isEqualTo(PackageType.GROWTH);
    assertThat(file.stage()).isEqualTo(Stage.CANDIDATE);
    assertThat(file.promotedFrom()).contains(PackageType.CREATION);
    assertThat(file.stageHistory()).extracting(StageSpan::stage)
        .containsExactly(Stage.OPEN, Stage.COACHING, Stage.CANDIDATE);
    assertThat(file.sessions()).hasSize(1);
    assertThat(file.formerChecklist()).anySatisfy(i -> {
      assertThat(i.element().code()).isEqualTo("PERMITS_HELP");
      assertThat(i.state()).isEqualTo(ChecklistItem.State.DONE);
    });
    assertThat(file.checklist()).extracting(i -> i.element().code()).contains("SCREENING",
        "ACTIRIS_KEY_ACCOUNT");
    assertThat(file.nextFollowUp()).isEmpty();
    assertThat(file.crmRequests()).extracting(CrmRequest::kind).containsExactly(
        CrmRequest.Kind.MULTIDISCIPLINARY_TEAM, CrmRequest.Kind.ACTIRIS_KEY_ACCOUNT);
    assertThat(promoted.type()).isEqualTo("guidance.file.promoted");
    assertThat(promoted.headline()).contains("creation package").contains("growth package");
    // the growth workflow goes on from there
    file.nominate(GrowthSelection.NominationSource.CLUSTER, "software.brussels", days(30));
    file.recordExpertEvaluation("", Optional.of(ACCREDITED), GrowthSelection.Verdict.FAVOURABLE,
        "solid team", days(40));
    assertThat(file.stage()).isEqualTo(Stage.EXPERT_EVALUATION);
  }

  @Test
  void theGrowthWorkflowNominatesThenEvaluatesBeforeTheScreening() {
    GuidanceFile file = open(PackageType.GROWTH, Set.of());
    file.confirmEntry(Set.of("BRUSSELS_ESTABLISHMENT", "GROWTH_SCENARIO"), Set.of());
    file.changeStage(Stage.CANDIDATE, Optional.empty(), days(1));

    assertThatThrownBy(() -> file.changeStage(Stage.EXPERT_EVALUATION, Optional.empty(), days(2)))
        .hasMessageContaining("nominated");
    PendingJourneyEvent nominated = file.nominate(GrowthSelection.NominationSource.ADVISER,
        "Marc Dubois", days(2));
    assertThat(nominated.headline()).isEqualTo("Growth candidate nominated by an adviser");
    assertThat(file.stage()).isEqualTo(Stage.NOMINATED);
    assertThatThrownBy(() -> file.changeStage(Stage.SCREENING, Optional.empty(), days(3)))
        .hasMessageContaining("expert evaluation");
    assertThatThrownBy(() -> file.recordExpertEvaluation("", Optional.of(NOT_ACCREDITED),
        GrowthSelection.Verdict.FAVOURABLE, "", days(3))).hasMessageContaining("not an accredited");

    PendingJourneyEvent evaluated = file.recordExpertEvaluation("Dr. Expert", Optional.empty(),
        GrowthSelection.Verdict.UNFAVOURABLE, "market too small", days(10));
    assertThat(evaluated.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(evaluated.detail()).contains("unfavourable", "market too small");
    assertThatThrownBy(() -> file.changeStage(Stage.SCREENING, Optional.empty(), days(11)))
        .hasMessageContaining("unfavourable");

    // a second opinion may revise it
    file.recordExpertEvaluation("Second Expert", Optional.empty(),
        GrowthSelection.Verdict.FAVOURABLE_WITH_RESERVATIONS, "niche but profitable", days(20));
    for (Stage next : new Stage[] {Stage.SCREENING, Stage.GROWTH_PLAN, Stage.PERSONALISED_PATH,
        Stage.FOLLOW_UP}) {
      file.changeStage(next, Optional.empty(), days(30));
    }
    assertThat(file.stage()).isEqualTo(Stage.FOLLOW_UP);
    assertThat(file.expertEvaluation()).get().extracting(GrowthSelection.ExpertEvaluation::expert)
        .isEqualTo("Second Expert");
    assertThatThrownBy(() -> open(PackageType.CREATION, Set.of()).nominate(
        GrowthSelection.NominationSource.CLUSTER, "x", days(1))).hasMessageContaining("CANDIDATE");
  }

  @Test
  void journeyTextsStayWithinWhatTheCrmAccepts() {
    GuidanceFile file = open(PackageType.GROWTH, Set.of());
    file.confirmEntry(Set.of("BRUSSELS_ESTABLISHMENT", "GROWTH_SCENARIO"), Set.of());
    file.changeStage(Stage.CANDIDATE, Optional.empty(), days(1));
    PendingJourneyEvent event = file.nominate(GrowthSelection.NominationSource.CLUSTER,
        "c".repeat(1500), days(2));
    assertThat(event.headline()).hasSize(JourneyText.MAX_HEADLINE).endsWith("…");
  }

  @Test
  void onlyCreationFamilyFilesArePromoted() {
    for (PackageType type : new PackageType[] {PackageType.UNIVERSAL, PackageType.GROWTH,
        PackageType.RESTART, PackageType.TRANSFER, PackageType.TRANSITION}) {
      assertThatThrownBy(() -> open(type, Set.of()).promoteToGrowth(
          Set.of("BRUSSELS_ESTABLISHMENT", "GROWTH_SCENARIO"), days(1))).as(type.name())
          .isInstanceOf(BusinessRuleException.class);
    }
  }

  // --- restart and transfer --------------------------------------------------------------------

  @Test
  void aRestartFileCarriesTheNoDebtRuleAndRefersToTheComOnce() {
    GuidanceFile file = open(PackageType.RESTART, Set.of());
    assertThat(file.financingConditions())
        .containsExactly(FinancingCondition.RESTART_LOAN_NEVER_REPAYS_DEBT);

    PendingJourneyEvent referral = file.referToCom("tax debts, bailiff letters", days(2));

    assertThat(referral.type()).isEqualTo("guidance.com_referral.sent");
    assertThat(referral.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(referral.headline()).doesNotContain("tax");
    assertThat(file.comReferral()).get().extracting(ComReferral::status)
        .isEqualTo(ComReferral.Status.SENT);
    assertThatThrownBy(() -> file.referToCom("again", days(3)))
        .hasMessageContaining("already referred");
    file.updateComReferral(ComReferral.Status.ACCEPTED, "first meeting on 2 Feb", days(4));
    assertThat(file.comReferral()).get().satisfies(r -> {
      assertThat(r.status()).isEqualTo(ComReferral.Status.ACCEPTED);
      assertThat(r.outcome()).isEqualTo("first meeting on 2 Feb");
      assertThat(r.updatedAt()).contains(days(4));
    });
    assertThat(file.packageType().path()).containsExactly(Stage.OPEN, Stage.DIAGNOSIS,
        Stage.BUSINESS_PLAN, Stage.FINANCING_PLAN, Stage.CLOSED);
  }

  @Test
  void transferFilesMatchBuyersAndSellers() {
    GuidanceFile file = open(PackageType.TRANSFER, Set.of(PriorityGroup.SENIOR));
    TransferMatch match = file.proposeMatch(TransferMatch.Role.BUYER, "Boulangerie Nouvelle",
        Optional.of(EnterpriseNumber.parse("0202.239.951")), days(3));

    file.updateMatch(match.matchId(), TransferMatch.Status.IN_TALKS, days(4));
    file.updateMatch(match.matchId(), TransferMatch.Status.AGREED, days(9));

    assertThat(file.matches()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(TransferMatch.Status.AGREED);
      assertThat(m.counterpartEnterpriseNumber()).contains("0202239951");
    });
    assertThatThrownBy(() -> file.updateMatch(match.matchId(), TransferMatch.Status.DROPPED,
        days(10))).hasMessageContaining("already AGREED");
    assertThatThrownBy(() -> file.proposeMatch(TransferMatch.Role.BUYER, "Self",
        Optional.of(COMPANY), days(3))).hasMessageContaining("its own counterpart");
    assertThatThrownBy(() -> open(PackageType.CREATION, Set.of()).proposeMatch(
        TransferMatch.Role.BUYER, "X", Optional.empty(), days(1)))
        .hasMessageContaining("transfer files");
  }
}
