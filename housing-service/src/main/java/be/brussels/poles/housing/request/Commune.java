package be.brussels.poles.housing.request;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The 19 communes of the Brussels-Capital Region, with their French and Dutch names. Clients send
 * the constant's name ("SAINT_GILLES") or either official name ("Sint-Gillis", "saint-gilles").
 */
public enum Commune {
  ANDERLECHT("Anderlecht", "Anderlecht"),
  AUDERGHEM("Auderghem", "Oudergem"),
  BERCHEM_SAINTE_AGATHE("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
  /** The City of Brussels. */
  BRUXELLES("Bruxelles", "Brussel"),
  ETTERBEEK("Etterbeek", "Etterbeek"),
  EVERE("Evere", "Evere"),
  FOREST("Forest", "Vorst"),
  GANSHOREN("Ganshoren", "Ganshoren"),
  IXELLES("Ixelles", "Elsene"),
  JETTE("Jette", "Jette"),
  KOEKELBERG("Koekelberg", "Koekelberg"),
  MOLENBEEK_SAINT_JEAN("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
  SAINT_GILLES("Saint-Gilles", "Sint-Gillis"),
  SAINT_JOSSE_TEN_NOODE("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
  SCHAERBEEK("Schaerbeek", "Schaarbeek"),
  UCCLE("Uccle", "Ukkel"),
  WATERMAEL_BOITSFORT("Watermael-Boitsfort", "Watermaal-Bosvoorde"),
  WOLUWE_SAINT_LAMBERT("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
  WOLUWE_SAINT_PIERRE("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe");

  private final String frenchName;
  private final String dutchName;

  Commune(String frenchName, String dutchName) {
    this.frenchName = frenchName;
    this.dutchName = dutchName;
  }

  public String frenchName() {
    return frenchName;
  }

  public String dutchName() {
    return dutchName;
  }

  /** "Ixelles/Elsene", or the one name when both languages agree ("Jette"). */
  public String bilingualName() {
    return frenchName.equals(dutchName) ? frenchName : frenchName + "/" + dutchName;
  }

  /**
   * The commune named by its constant or its French or Dutch name, ignoring case, accents,
   * hyphens and spaces.
   */
  public static Optional<Commune> fromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = key(text);
    for (Commune commune : values()) {
      if (key(commune.name()).equals(key) || key(commune.frenchName).equals(key)
          || key(commune.dutchName).equals(key)) {
        return Optional.of(commune);
      }
    }
    return Optional.empty();
  }

  private static String key(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
  }
}
