package be.brussels.poles.crm.company;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 19 communes of the Brussels-Capital Region, with their names in French and Dutch and
 * their postcodes (the City of Brussels has several: Laeken 1020, Neder-over-Heembeek 1120,
 * Haren 1130).
 */
public enum Commune {
  ANDERLECHT("Anderlecht", "Anderlecht", "1070"),
  AUDERGHEM("Auderghem", "Oudergem", "1160"),
  BERCHEM_SAINTE_AGATHE("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "1082"),
  BRUXELLES("Bruxelles", "Brussel", "1000", "1020", "1120", "1130"),
  ETTERBEEK("Etterbeek", "Etterbeek", "1040"),
  EVERE("Evere", "Evere", "1140"),
  FOREST("Forest", "Vorst", "1190"),
  GANSHOREN("Ganshoren", "Ganshoren", "1083"),
  IXELLES("Ixelles", "Elsene", "1050"),
  JETTE("Jette", "Jette", "1090"),
  KOEKELBERG("Koekelberg", "Koekelberg", "1081"),
  MOLENBEEK_SAINT_JEAN("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "1080"),
  SAINT_GILLES("Saint-Gilles", "Sint-Gillis", "1060"),
  SAINT_JOSSE_TEN_NOODE("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "1210"),
  SCHAERBEEK("Schaerbeek", "Schaarbeek", "1030"),
  UCCLE("Uccle", "Ukkel", "1180"),
  WATERMAEL_BOITSFORT("Watermael-Boitsfort", "Watermaal-Bosvoorde", "1170"),
  WOLUWE_SAINT_LAMBERT("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "1200"),
  WOLUWE_SAINT_PIERRE("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "1150");

  private final String nameFr;
  private final String nameNl;
  private final List<String> zipcodes;

  Commune(String nameFr, String nameNl, String... zipcodes) {
    this.nameFr = nameFr;
    this.nameNl = nameNl;
    this.zipcodes = List.of(zipcodes);
  }

  public String nameFr() {
    return nameFr;
  }

  public String nameNl() {
    return nameNl;
  }

  public List<String> zipcodes() {
    return zipcodes;
  }

  public static Optional<Commune> ofZipcode(String zipcode) {
    return Arrays.stream(values()).filter(c -> c.zipcodes.contains(zipcode)).findFirst();
  }
}
