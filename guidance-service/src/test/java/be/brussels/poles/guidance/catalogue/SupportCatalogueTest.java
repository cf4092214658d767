package be.brussels.poles.guidance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.guidance.catalogue.Vocabulary.Language;
import be.brussels.poles.guidance.catalogue.Vocabulary.LifeCycleStage;
import be.brussels.poles.guidance.catalogue.Vocabulary.Need;
import be.brussels.poles.guidance.catalogue.Vocabulary.Profile;
import be.brussels.poles.guidance.catalogue.Vocabulary.Sector;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupportCatalogueTest {

  private static final SupportCatalogue CATALOGUE = CatalogueConfiguration.load();

  private static OrientationQuery query(Set<Profile> profiles, LifeCycleStage stage, Sector sector,
      Set<Need> needs, Language spoken, String text) {
    return new OrientationQuery(profiles, Optional.ofNullable(stage), Optional.ofNullable(sector),
        needs, Optional.ofNullable(spoken), Optional.ofNullable(text));
  }

  private static List<String> ids(List<SupportCatalogue.Match> matches) {
    return matches.stream().map(m -> m.service().id()).toList();
  }

  @Test
  void theCatalogueHoldsAboutAHundredOffersEachInThreeLanguages() {
    assertThat(CATALOGUE.size()).isBetween(90, 130);
    assertThat(CATALOGUE.all()).allSatisfy(s -> {
      assertThat(s.name().fr()).isNotBlank();
      assertThat(s.name().nl()).isNotBlank();
      assertThat(s.name().en()).isNotBlank();
      assertThat(s.description().fr()).isNotEqualTo(s.description().en());
      assertThat(s.provider()).isNotBlank();
    });
    // every need, stage and operator type has offers
    for (Need need : Need.values()) {
      assertThat(CATALOGUE.all()).as(need.name()).anyMatch(s -> s.needs().contains(need));
    }
    for (LifeCycleStage stage : LifeCycleStage.values()) {
      assertThat(CATALOGUE.all()).as(stage.name()).anyMatch(s -> s.stages().contains(stage));
    }
    assertThat(CATALOGUE.all()).extracting(SupportService::operatorType)
        .contains(Vocabulary.OperatorType.values());
    assertThat(CATALOGUE.find("1819-startessentials")).get()
        .extracting(s -> s.name().nl()).isEqualTo("StartEssentials-workshops");
  }

  @Test
  void aJobseekerStartingOutWhoNeedsMicrocreditFindsTheMicrocreditOffersAimedAtThemFirst() {
    List<SupportCatalogue.Match> matches = CATALOGUE.search(query(
        Set.of(Profile.JOBSEEKER, Profile.PROJECT_HOLDER), LifeCycleStage.CREATION, null,
        Set.of(Need.MICROCREDIT), Language.FR, null), Language.FR);

    assertThat(ids(matches)).contains("microstart", "brusoc-social", "brupart",
        "impulse-local-economy-desks").doesNotContain("restart-microcredit", "1819-information");
    assertThat(matches.get(0).reasons()).contains("need:MICROCREDIT", "profile:JOBSEEKER");
    assertThat(matches).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
  }

  @Test
  void aShopOpeningIsOrientedToAtriumBeforeGeneralOffers() {
    List<SupportCatalogue.Match> matches = CATALOGUE.search(query(Set.of(Profile.RETAIL, Profile.PROJECT_HOLDER),
        LifeCycleStage.CREATION, Sector.RETAIL, Set.of(Need.LOCATION), Language.NL, null),
        Language.NL);

    assertThat(ids(matches).subList(0, 3)).contains("atrium-open", "atrium-shop-location");
    assertThat(matches.get(0).reasons()).contains("sector:RETAIL", "language:NL");
    // offers of other sectors are left out; general ones stay
    assertThat(ids(matches)).contains("coworking-cheque").doesNotContain("blsi");
  }

  @Test
  void aTransferorIsOrientedToTransferOffers() {
    List<String> ids = ids(CATALOGUE.search(query(Set.of(Profile.TRANSFEROR),
        LifeCycleStage.TRANSFER, null, Set.of(Need.TRANSFER), null, null), Language.EN));
    assertThat(ids).contains("beci-hub-overdrachten", "transferor-diagnosis",
        "1819-transfer-information");
    assertThat(ids).allSatisfy(id -> assertThat(CATALOGUE.find(id).get().stages())
        .contains(LifeCycleStage.TRANSFER));
  }

  @Test
  void wordsAreFoundWhateverTheAccentsAndLanguage() {
    assertThat(ids(CATALOGUE.search(query(Set.of(), null, null, Set.of(), null, "credal"),
        Language.FR))).contains("credal");
    assertThat(ids(CATALOGUE.search(query(Set.of(), null, null, Set.of(), null, "WAARBORG"),
        Language.NL))).contains("bwf-guarantee");
  }

  @Test
  void anEmptyQueryListsEverythingAndTiesAreByName() {
    List<SupportCatalogue.Match> all = CATALOGUE.search(OrientationQuery.everything(), Language.EN);
    assertThat(all).hasSize(CATALOGUE.size());
    assertThat(Arrays.stream(Language.values())).allSatisfy(lang ->
        assertThat(CATALOGUE.search(OrientationQuery.everything(), lang)).hasSize(CATALOGUE.size()));
  }
}
