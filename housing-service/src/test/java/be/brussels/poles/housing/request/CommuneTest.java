package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneTest {

  @Test
  void theNineteenCommunesOfTheRegion() {
    assertThat(Commune.values()).hasSize(19);
    assertThat(Commune.IXELLES.bilingualName()).isEqualTo("Ixelles/Elsene");
    assertThat(Commune.JETTE.bilingualName()).isEqualTo("Jette");
    assertThat(Commune.BRUXELLES.dutchName()).isEqualTo("Brussel");
  }

  @Test
  void foundByConstantOrEitherNameWhateverTheCaseAccentsOrHyphens() {
    for (Commune commune : Commune.values()) {
      assertThat(Commune.fromText(commune.name())).contains(commune);
      assertThat(Commune.fromText(commune.frenchName())).contains(commune);
      assertThat(Commune.fromText(commune.dutchName().toLowerCase())).contains(commune);
    }
    assertThat(Commune.fromText("sint joost ten node")).contains(Commune.SAINT_JOSSE_TEN_NOODE);
    assertThat(Commune.fromText("Saint-Josse-ten-Noode")).contains(Commune.SAINT_JOSSE_TEN_NOODE);
    assertThat(Commune.fromText("BERCHEM-SAINTE-AGATHE")).contains(Commune.BERCHEM_SAINTE_AGATHE);
    assertThat(Commune.fromText("Molenbeek-Saint-Jean")).contains(Commune.MOLENBEEK_SAINT_JEAN);
    assertThat(Commune.fromText("Waterloo")).isEmpty();
    assertThat(Commune.fromText("")).isEmpty();
    assertThat(Commune.fromText(null)).isEmpty();
  }
}
