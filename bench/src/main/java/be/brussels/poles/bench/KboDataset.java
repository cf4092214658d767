package be.brussels.poles.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates a fictitious KBO open-data delivery in the official format (the cookbook's files,
 * quoted CSV, dd-mm-yyyy dates, language and denomination codes) from a fixed seed: Brussels
 * enterprises spread over the 19 communes, with French and Dutch names (accents included),
 * NACE-BEL activities, establishment units, and a few ceased or troubled ones. Enterprise
 * numbers are valid (mod 97) and start at 0800.000.0xx, outside the numbers real enterprises of
 * the sample era use.
 *
 * <p>Run as a program to write the demo sample shipped with the CRM:
 * {@code KboDataset <folder> <enterprises> [seed]}.
 */
public final class KboDataset {

  static final String[][] COMMUNES = {
      {"1000", "Bruxelles", "Brussel"}, {"1020", "Bruxelles", "Brussel"},
      {"1030", "Schaerbeek", "Schaarbeek"}, {"1040", "Etterbeek", "Etterbeek"},
      {"1050", "Ixelles", "Elsene"}, {"1060", "Saint-Gilles", "Sint-Gillis"},
      {"1070", "Anderlecht", "Anderlecht"}, {"1080", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"},
      {"1081", "Koekelberg", "Koekelberg"}, {"1082", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"},
      {"1083", "Ganshoren", "Ganshoren"}, {"1090", "Jette", "Jette"}, {"1140", "Evere", "Evere"},
      {"1150", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"}, {"1160", "Auderghem", "Oudergem"},
      {"1170", "Watermael-Boitsfort", "Watermaal-Bosvoorde"}, {"1180", "Uccle", "Ukkel"},
      {"1190", "Forest", "Vorst"}, {"1200", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"},
      {"1210", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"}};
  private static final String[] FIRST = {"Boulangerie", "Brasserie", "Atelier", "Studio",
      "Pâtisserie", "Librairie", "Garage", "Pharmacie", "Bakkerij", "Brouwerij", "Drukkerij",
      "Épicerie", "Café", "Clinique", "Agence", "Bureau", "Fromagerie", "Menuiserie",
      "Boucherie", "Traiteur", "Cabinet", "Immo", "Tech", "Digital", "Green", "Urban"};
  private static final String[] SECOND = {"du Parc", "de la Gare", "Saint-Géry", "Européenne",
      "Sablon", "Flagey", "Midi", "Louise", "Botanique", "Tour & Taxis", "Marolles", "Châtelain",
      "Dansaert", "Jourdan", "Meiser", "Montgomery", "Zuid", "Noord", "Kanaal", "Zavel",
      "Lumière", "Éclair", "Horizon", "Zénith", "Nova", "Aurore", "Brabant", "Senne",
      "Sonian", "Cinquantenaire"};
  private static final String[] STREETS_FR = {"Rue de la Loi", "Avenue Louise", "Chaussée d'Ixelles",
      "Rue Neuve", "Boulevard Anspach", "Rue Haute", "Chaussée de Waterloo", "Rue du Midi",
      "Avenue de Tervueren", "Rue Royale"};
  private static final String[] STREETS_NL = {"Wetstraat", "Louizalaan", "Elsensesteenweg",
      "Nieuwstraat", "Anspachlaan", "Hoogstraat", "Waterloosesteenweg", "Zuidstraat",
      "Tervurenlaan", "Koningsstraat"};
  private static final String[] FORMS = {"014", "610", "015", "706", "017"};
  private static final Map<String, String[]> FORM_LABELS = Map.of(
      "014", new String[] {"Société anonyme", "Naamloze vennootschap"},
      "610", new String[] {"Société à responsabilité limitée", "Besloten vennootschap"},
      "015", new String[] {"Société coopérative", "Coöperatieve vennootschap"},
      "706", new String[] {"Société coopérative agréée comme entreprise sociale",
          "Coöperatieve vennootschap erkend als sociale onderneming"},
      "017", new String[] {"Association sans but lucratif", "Vereniging zonder winstoogmerk"});
  private static final String[] NACE = {"47110", "56101", "56301", "62010", "62020", "70220",
      "71111", "73110", "10711", "47241", "45201", "47730", "86210", "68201", "43320", "74100",
      "58110", "59111", "96021", "85590"};

  private KboDataset() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261125L;
    Files.createDirectories(folder);
    Map<String, StringBuilder> files = generate(count, seed);
    for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The delivery as a zip archive, the way the KBO publishes it. */
  public static void writeZip(Path zip, int count, long seed) throws IOException {
    Map<String, StringBuilder> files = generate(count, seed);
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream archive = new ZipOutputStream(out)) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(archive, StandardCharsets.UTF_8));
      for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
        archive.putNextEntry(new ZipEntry(file.getKey()));
        writer.append(file.getValue());
        writer.flush();
        archive.closeEntry();
      }
    }
  }

  /** The number of the {@code index}-th enterprise (valid mod 97). */
  public static String enterpriseNumber(int index) {
    long body = 8_000_000L + index;
    return String.format("%08d%02d", body, 97 - body % 97);
  }

  /** The names the generator gives, for building search queries that hit. */
  public static String name(Random random) {
    return FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
  }

  static Map<String, StringBuilder> generate(int count, long seed) {
    Random random = new Random(seed);
    StringBuilder enterprise = header("EnterpriseNumber", "Status", "JuridicalSituation",
        "TypeOfEnterprise", "JuridicalForm", "JuridicalFormCAC", "StartDate");
    StringBuilder denomination = header("EntityNumber", "Language", "TypeOfDenomination",
        "Denomination");
    StringBuilder address = header("EntityNumber", "TypeOfAddress", "CountryNL", "CountryFR",
        "Zipcode", "MunicipalityNL", "MunicipalityFR", "StreetNL", "StreetFR", "HouseNumber",
        "Box", "ExtraAddressInfo", "DateStrikingOff");
    StringBuilder activity = header("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode",
        "Classification");
    StringBuilder establishment = header("EstablishmentNumber", "StartDate", "EnterpriseNumber");
    StringBuilder code = header("Category", "Code", "Language", "Description");
    FORM_LABELS.forEach((form, labels) -> {
      row(code, "JuridicalForm", form, "FR", labels[0]);
      row(code, "JuridicalForm", form, "NL", labels[1]);
    });
    row(code, "JuridicalSituation", "000", "FR", "Situation normale");
    row(code, "JuridicalSituation", "030", "FR", "Faillite");
    row(code, "JuridicalSituation", "050", "FR", "Réorganisation judiciaire");
    int establishmentIndex = 0;
    for (int i = 0; i < count; i++) {
      String number = dotted(enterpriseNumber(i));
      boolean person = random.nextInt(10) == 0;
      int roll = random.nextInt(100);
      String situation = roll < 3 ? "030" : roll < 6 ? "050" : "000";
      String status = roll < 2 ? "ST" : "AC";
      String start = String.format("%02d-%02d-%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
          1990 + random.nextInt(36));
      String form = person ? "" : FORMS[random.nextInt(FORMS.length)];
      row(enterprise, number, status, situation, person ? "1" : "2", form, "", start);
      String name = name(random);
      row(denomination, number, "1", "001", name);
      if (random.nextInt(3) == 0) {
        row(denomination, number, "2", "001", name.replace("Boulangerie", "Bakkerij")
            .replace("Brasserie", "Brouwerij").replace("Librairie", "Boekhandel"));
      }
      if (random.nextInt(5) == 0) {
        row(denomination, number, "0", "003", name.split(" ")[0] + " " + (i % 97));
      }
      String[] commune = COMMUNES[random.nextInt(COMMUNES.length)];
      int street = random.nextInt(STREETS_FR.length);
      row(address, number, "REGO", "België", "Belgique", commune[0], commune[2], commune[1],
          STREETS_NL[street], STREETS_FR[street], String.valueOf(1 + random.nextInt(250)),
          random.nextInt(4) == 0 ? "b" + (1 + random.nextInt(9)) : "", "", "");
      String main = NACE[random.nextInt(NACE.length)];
      row(activity, number, "001", "2008", main, "MAIN");
      row(activity, number, "001", "2025", main, "MAIN");
      if (random.nextBoolean()) {
        row(activity, number, "001", "2008", NACE[random.nextInt(NACE.length)], "SECO");
      }
      int units = random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0;
      for (int u = 0; u < units; u++) {
        long body = 20_000_000L + establishmentIndex++;
        String unit = String.format("%08d%02d", body, 97 - body % 97);
        String dottedUnit = unit.charAt(0) + "." + unit.substring(1, 4) + "." + unit.substring(4, 7)
            + "." + unit.substring(7);
        row(establishment, dottedUnit, start, number);
        String[] place = COMMUNES[random.nextInt(COMMUNES.length)];
        int s = random.nextInt(STREETS_FR.length);
        row(address, dottedUnit, "BAET", "België", "Belgique", place[0], place[2], place[1],
            STREETS_NL[s], STREETS_FR[s], String.valueOf(1 + random.nextInt(250)), "", "", "");
      }
    }
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    files.put("code.csv", code);
    files.put("enterprise.csv", enterprise);
    files.put("denomination.csv", denomination);
    files.put("address.csv", address);
    files.put("activity.csv", activity);
    files.put("establishment.csv", establishment);
    return files;
  }

  static String dotted(String canonical) {
    return canonical.substring(0, 4) + "." + canonical.substring(4, 7) + "."
        + canonical.substring(7);
  }

  private static StringBuilder header(String... columns) {
    StringBuilder file = new StringBuilder();
    row(file, (Object[]) columns);
    return file;
  }

  private static void row(StringBuilder file, Object... fields) {
    List<String> quoted = new ArrayList<>(fields.length);
    for (Object field : fields) {
      quoted.add('"' + String.valueOf(field).replace("\"", "\"\"") + '"');
    }
    file.append(String.join(",", quoted)).append('\n');
  }
}
