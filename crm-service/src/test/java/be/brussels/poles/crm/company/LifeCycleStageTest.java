package be.brussels.poles.crm.company;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.company.KboIdentity.LabelsByLanguage;
import be.brussels.poles.crm.company.KboIdentity.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifeCycleStageTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static KboIdentity kbo(String status, String situation, LocalDate start) {
    return new KboIdentity(status, situation, "2", "610", LabelsByLanguage.NONE, start, List.of(),
        null, List.of(), List.of(), new Provenance("i", "f", Instant.EPOCH));
  }

  private static CompanyProfile flags(CompanyFlag... flags) {
    return new CompanyProfile(null, "", "", Set.of(flags));
  }

  @Test
  void aYoungCompanyIsInCreationAnOlderOneInGrowth() {
    assertThat(LifeCycleStage.derive(kbo("AC", "000", TODAY.minusYears(1)), flags(), TODAY))
        .isEqualTo(LifeCycleStage.CREATION);
    assertThat(LifeCycleStage.derive(kbo("AC", "000", TODAY.minusYears(5)), flags(), TODAY))
        .isEqualTo(LifeCycleStage.GROWTH);
  }

  @Test
  void bankruptcyOrAStoppedStatusMeansCeasedWhateverTheFlags() {
    assertThat(LifeCycleStage.derive(kbo("AC", "030", TODAY.minusYears(5)),
        flags(CompanyFlag.RESTART), TODAY)).isEqualTo(LifeCycleStage.CEASED);
    assertThat(LifeCycleStage.derive(kbo("ST", "000", TODAY.minusYears(5)), flags(), TODAY))
        .isEqualTo(LifeCycleStage.CEASED);
  }

  @Test
  void judicialReorganisationIsDifficultyAndPathFlagsWinOverAge() {
    assertThat(LifeCycleStage.derive(kbo("AC", "050", TODAY.minusYears(5)), flags(), TODAY))
        .isEqualTo(LifeCycleStage.DIFFICULTY);
    assertThat(LifeCycleStage.derive(kbo("AC", "000", TODAY.minusYears(9)),
        flags(CompanyFlag.TRANSFER), TODAY)).isEqualTo(LifeCycleStage.TRANSFER);
  }

  @Test
  void aCompanyWithoutKboDataIsInCreation() {
    assertThat(LifeCycleStage.derive(null, flags(), TODAY)).isEqualTo(LifeCycleStage.CREATION);
  }
}
