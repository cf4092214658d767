package be.brussels.poles.crm.kbo;

import be.brussels.poles.crm.company.Address;
import be.brussels.poles.crm.company.KboIdentity.Activity;
import be.brussels.poles.crm.company.KboIdentity.Denomination;
import be.brussels.poles.crm.kbo.KboCsvReader.Malformed;
import be.brussels.poles.crm.kbo.KboCsvReader.Row;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.enterprise.EstablishmentUnitNumber;
import be.brussels.poles.kit.error.InvalidInputException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows of one KBO delivery, checked and grouped by entity number (canonical digits). Rows
 * that break the cookbook's format are handed to {@code malformed} with their line and reason
 * and left out; the rest is kept.
 */
final class KboDelivery {

  static final List<String> ENTERPRISE = List.of("EnterpriseNumber", "Status",
      "JuridicalSituation", "TypeOfEnterprise", "JuridicalForm", "JuridicalFormCAC", "StartDate");
  static final List<String> DENOMINATION =
      List.of("EntityNumber", "Language", "TypeOfDenomination", "Denomination");
  static final List<String> ADDRESS = List.of("EntityNumber", "TypeOfAddress", "CountryNL",
      "CountryFR", "Zipcode", "MunicipalityNL", "MunicipalityFR", "StreetNL", "StreetFR",
      "HouseNumber", "Box", "ExtraAddressInfo", "DateStrikingOff");
  static final List<String> ACTIVITY =
      List.of("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification");
  static final List<String> ESTABLISHMENT =
      List.of("EstablishmentNumber", "StartDate", "EnterpriseNumber");
  static final List<String> CODE = List.of("Category", "Code", "Language", "Description");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Set<String> LANGUAGES = Set.of("0", "1", "2", "3", "4");
  private static final Set<String> DENOMINATION_TYPES = Set.of("001", "002", "003");
  private static final Set<String> NACE_VERSIONS = Set.of("2003", "2008", "2025");
  private static final Set<String> CLASSIFICATIONS = Set.of("MAIN", "SECO", "ANCI");
  static final int MAX_TEXT = 500;

  /** An enterprise.csv row. */
  record EnterpriseRow(String status, String juridicalSituation, String typeOfEnterprise,
      String juridicalForm, LocalDate startDate) {}

  /** An establishment.csv row. */
  record EstablishmentRow(String number, LocalDate startDate, String enterprise) {}

  final Map<String, EnterpriseRow> enterprises = new LinkedHashMap<>();
  final Set<String> enterpriseDeletes = new HashSet<>();
  final Map<String, List<Denomination>> denominations = new HashMap<>();
  final Set<String> denominationDeletes = new HashSet<>();
  /** REGO addresses of enterprises and BAET addresses of establishments, by entity. */
  final Map<String, Address> addresses = new HashMap<>();
  final Set<String> addressDeletes = new HashSet<>();
  final Map<String, List<Activity>> activities = new HashMap<>();
  final Set<String> activityDeletes = new HashSet<>();
  final Map<String, List<EstablishmentRow>> establishmentsByEnterprise = new HashMap<>();
  final Set<String> establishmentDeletes = new HashSet<>();
  /** JuridicalForm code → language ("fr", "nl", ...) → description. */
  final Map<String, Map<String, String>> juridicalForms = new HashMap<>();

  private final Consumer<Malformed> malformed;

  private KboDelivery(Consumer<Malformed> malformed) {
    this.malformed = malformed;
  }

  /** Reads every file the mode expects that the archive holds. */
  static KboDelivery read(KboArchive archive, KboImportMode mode, Consumer<Malformed> malformed) {
    KboDelivery d = new KboDelivery(malformed);
    d.file(archive, "code.csv", CODE, d::code);
    if (mode == KboImportMode.FULL) {
      d.file(archive, "enterprise.csv", ENTERPRISE, d::enterprise);
      d.file(archive, "denomination.csv", DENOMINATION, d::denomination);
      d.file(archive, "address.csv", ADDRESS, d::address);
      d.file(archive, "activity.csv", ACTIVITY, d::activity);
      d.file(archive, "establishment.csv", ESTABLISHMENT, d::establishment);
    } else {
      d.deletes(archive, "enterprise_delete.csv", "EnterpriseNumber", d.enterpriseDeletes);
      d.deletes(archive, "denomination_delete.csv", "EntityNumber", d.denominationDeletes);
      d.deletes(archive, "address_delete.csv", "EntityNumber", d.addressDeletes);
      d.deletes(archive, "activity_delete.csv", "EntityNumber", d.activityDeletes);
      d.deletes(archive, "establishment_delete.csv", "EstablishmentNumber",
          d.establishmentDeletes);
      d.file(archive, "enterprise_insert.csv", ENTERPRISE, d::enterprise);
      d.file(archive, "denomination_insert.csv", DENOMINATION, d::denomination);
      d.file(archive, "address_insert.csv", ADDRESS, d::address);
      d.file(archive, "activity_insert.csv", ACTIVITY, d::activity);
      d.file(archive, "establishment_insert.csv", ESTABLISHMENT, d::establishment);
    }
    return d;
  }

  private void file(KboArchive archive, String name, List<String> header,
      RowHandler handler) {
    Optional<Reader> reader = archive.open(name);
    reader.ifPresent(r -> KboCsvReader.read(name, r, header, row -> {
      try {
        handler.accept(row);
      } catch (InvalidInputException e) {
        malformed.accept(new Malformed(name, row.line(), e.getMessage()));
      }
    }, malformed));
  }

  private void deletes(KboArchive archive, String name, String column, Set<String> into) {
    file(archive, name, List.of(column), row -> into.add(entity(row.get(0), column)));
  }

  @FunctionalInterface
  private interface RowHandler {
    void accept(Row row);
  }

  private void code(Row row) {
    if (row.get(0).equals("JuridicalForm")) {
      juridicalForms.computeIfAbsent(row.get(1), k -> new HashMap<>())
          .put(row.get(2).toLowerCase(java.util.Locale.ROOT), text(row.get(3), "Description"));
    }
  }

  private void enterprise(Row row) {
    String number = enterpriseNumber(row.get(0), "EnterpriseNumber");
    String status = required(row.get(1), "Status");
    if (!row.get(3).equals("1") && !row.get(3).equals("2")) {
      throw new InvalidInputException("TypeOfEnterprise", "must be 1 or 2");
    }
    enterprises.put(number, new EnterpriseRow(status, required(row.get(2), "JuridicalSituation"),
        row.get(3), row.get(4), date(row.get(6), "StartDate")));
  }

  private void denomination(Row row) {
    String entity = entity(row.get(0), "EntityNumber");
    if (!LANGUAGES.contains(row.get(1))) {
      throw new InvalidInputException("Language", "must be 0, 1, 2, 3 or 4");
    }
    if (!DENOMINATION_TYPES.contains(row.get(2))) {
      throw new InvalidInputException("TypeOfDenomination", "must be 001, 002 or 003");
    }
    denominations.computeIfAbsent(entity, k -> new ArrayList<>(2))
        .add(new Denomination(row.get(1), row.get(2),
            required(text(row.get(3), "Denomination"), "Denomination")));
  }

  private void address(Row row) {
    String entity = entity(row.get(0), "EntityNumber");
    String type = row.get(1);
    if (!type.equals("REGO") && !type.equals("BAET") && !type.equals("ABBR")
        && !type.equals("OBAD")) {
      throw new InvalidInputException("TypeOfAddress", "must be REGO, BAET, ABBR or OBAD");
    }
    if (!row.get(12).isEmpty()) {
      return; // struck off: no longer the entity's address
    }
    if (type.equals("REGO") || type.equals("BAET")) {
      addresses.put(entity, new Address(text(row.get(4), "Zipcode"), text(row.get(6), "MunicipalityFR"),
          text(row.get(5), "MunicipalityNL"), text(row.get(8), "StreetFR"),
          text(row.get(7), "StreetNL"), text(row.get(9), "HouseNumber"), text(row.get(10), "Box")));
    }
  }

  private void activity(Row row) {
    String entity = entity(row.get(0), "EntityNumber");
    if (!NACE_VERSIONS.contains(row.get(2))) {
      throw new InvalidInputException("NaceVersion", "must be 2003, 2008 or 2025");
    }
    if (!row.get(3).matches("\\d{1,7}")) {
      throw new InvalidInputException("NaceCode", "must be digits");
    }
    if (!CLASSIFICATIONS.contains(row.get(4))) {
      throw new InvalidInputException("Classification", "must be MAIN, SECO or ANCI");
    }
    activities.computeIfAbsent(entity, k -> new ArrayList<>(3))
        .add(new Activity(row.get(1), row.get(2), row.get(3), row.get(4)));
  }

  private void establishment(Row row) {
    String number = EstablishmentUnitNumber.parse(row.get(0), "EstablishmentNumber").value();
    String enterprise = enterpriseNumber(row.get(2), "EnterpriseNumber");
    establishmentsByEnterprise.computeIfAbsent(enterprise, k -> new ArrayList<>(1))
        .add(new EstablishmentRow(number, date(row.get(1), "StartDate"), enterprise));
  }

  private static String enterpriseNumber(String text, String column) {
    return EnterpriseNumber.parse(text, column).value();
  }

  /** An enterprise or an establishment unit number, canonical digits. */
  private static String entity(String text, String column) {
    String digits = text.replace(".", "").strip();
    if (!digits.isEmpty() && digits.charAt(0) >= '2' && digits.charAt(0) <= '8') {
      return EstablishmentUnitNumber.parse(text, column).value();
    }
    return enterpriseNumber(text, column);
  }

  private static LocalDate date(String text, String column) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(column, "must be a date dd-mm-yyyy, not " + text);
    }
  }

  private static String required(String text, String column) {
    if (text.isBlank()) {
      throw new InvalidInputException(column, "is required");
    }
    return text;
  }

  private static String text(String text, String column) {
    if (text.length() > MAX_TEXT || text.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(column,
          "must be at most " + MAX_TEXT + " characters without control characters");
    }
    return text.strip();
  }
}
