package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GuidanceFileTest {

  private static final EnterpriseNumber COMPANY = EnterpriseNumber.parse("0403.019.261");
  private static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");
  private static final Adviser MARC = new Adviser("Marc Dubois", "marc@hub.brussels");

  private static GuidanceFile open(PackageType type, Agency agency, String note) {
    return GuidanceFile.open(COMPANY, "Brasserie Atlas", true, type, agency, MARC,
        Optional.ofNullable(note), NOW);
  }

  @Test
  void newFileStartsOpenAtVersionOneWithTheStageDatedAtOpening() {
    GuidanceFile file = open(PackageType.CREATION, Agency.HUB_IMPULSE, null);

    assertThat(file.stage()).isEqualTo(Stage.OPEN);
    assertThat(file.stageSince()).isEqualTo(NOW);
    assertThat(file.openedAt()).isEqualTo(NOW);
    assertThat(file.version()).isEqualTo(1);
    assertThat(file.agency()).isEqualTo(Agency.HUB_IMPULSE);
    assertThat(file.adviser()).isEqualTo(MARC);
    assertThat(file.isOpen()).isTrue();
    assertThat(file.note()).isEmpty();
  }

  @Test
  void openingTimeIsKeptToTheMillisecondAsTheDatabaseStoresIt() {
    GuidanceFile file = GuidanceFile.open(COMPANY, "", false, PackageType.UNIVERSAL,
        Agency.HUB_1819, MARC, Optional.empty(), Instant.parse("2026-11-25T09:30:00.123456789Z"));

    assertThat(file.openedAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00.123Z"));
    assertThat(file.stageSince()).isEqualTo(file.openedAt());
    assertThat(file.openedEvent().occurredAt()).isEqualTo(file.openedAt());
  }

  @Test
  void blankNoteIsNoNoteAndNoteIsStripped() {
    assertThat(open(PackageType.CREATION, Agency.HUB_1819, "   ").note()).isEmpty();
    assertThat(open(PackageType.CREATION, Agency.HUB_1819, "  needs a permit \n").note())
        .contains("needs a permit");
  }

  @Test
  void noteLongerThan2000CharactersIsRefusedNamingTheNote() {
    assertThat(open(PackageType.CREATION, Agency.HUB_1819, "x".repeat(2000)).note()).isPresent();
    assertThatThrownBy(() -> open(PackageType.CREATION, Agency.HUB_1819, "x".repeat(2001)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations()).extracting("field").containsExactly("note"));
  }

  @Test
  void atriumOpenIsOpenedByAtriumOnly() {
    assertThat(open(PackageType.ATRIUM_OPEN, Agency.HUB_ATRIUM, null).packageType())
        .isEqualTo(PackageType.ATRIUM_OPEN);
    for (Agency other : new Agency[] {Agency.HUB_1819, Agency.HUB_IMPULSE, Agency.HUB_BIE}) {
      assertThatThrownBy(() -> open(PackageType.ATRIUM_OPEN, other, null))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("HUB_ATRIUM");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Agency.class, names = {"FINANCE", "GUARANTEE_FUND", "CITYDEV", "ACTIRIS", "STEERING"})
  void agenciesOutsideTheGuidancePoleOpenNoFile(Agency agency) {
    for (PackageType type : PackageType.values()) {
      assertThatThrownBy(() -> open(type, agency, null)).isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void openedEventWithANoteCarriesItAsConfidentialDetailNeverInTheHeadline() {
    GuidanceFile file = open(PackageType.CREATION, Agency.HUB_IMPULSE, "cash-flow worries");

    PendingJourneyEvent event = file.openedEvent();

    assertThat(event.type()).isEqualTo("guidance.file.opened");
    assertThat(event.headline()).isEqualTo("Guidance file opened: creation package");
    assertThat(event.headline()).doesNotContain("cash-flow");
    assertThat(event.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(event.detail()).isEqualTo("cash-flow worries");
    assertThat(event.enterpriseNumber()).isEqualTo(COMPANY);
    assertThat(event.sourceAgency()).isEqualTo(Agency.HUB_IMPULSE);
    assertThat(event.occurredAt()).isEqualTo(NOW);
    assertThat(event.contactName()).isEqualTo("Marc Dubois");
    assertThat(event.contactEmail()).isEqualTo("marc@hub.brussels");
    assertThat(event.sourceReference()).isEqualTo(file.fileId().toString());
    assertThat(event.eventId()).isNotBlank();
  }

  @Test
  void openedEventWithoutANoteIsShared() {
    PendingJourneyEvent event = open(PackageType.GROWTH, Agency.HUB_BIE, null).openedEvent();

    assertThat(event.confidentiality()).isEqualTo(Confidentiality.SHARED);
    assertThat(event.detail()).isEmpty();
    assertThat(event.headline()).isEqualTo("Guidance file opened: growth package");
  }

  @Test
  void everyPackageIsDescribedAndRunsFromOpenToClosed() {
    for (PackageType type : PackageType.values()) {
      assertThat(type.description()).isNotBlank().doesNotContain("\n");
      assertThat(type.label()).containsIgnoringCase("package");
      assertThat(type.path()).startsWith(Stage.OPEN).endsWith(Stage.CLOSED).doesNotHaveDuplicates();
    }
    assertThat(Arrays.stream(Stage.values()).filter(Stage::isTerminal)).containsExactly(Stage.CLOSED);
  }
}
