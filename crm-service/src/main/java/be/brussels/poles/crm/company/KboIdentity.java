package be.brussels.poles.crm.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the company is according to the Crossroads Bank for Enterprises (KBO/BCE open data), as
 * the last import left it. Every value here came from the KBO file named in {@code source}:
 * the CRM never edits it by hand ("only once": asked of the authentic source, not of the
 * entrepreneur).
 *
 * @param status KBO status code ("AC" active)
 * @param juridicalSituation KBO code ("000" normal situation, see {@link KboSituation})
 * @param typeOfEnterprise "1" natural person, "2" legal person
 * @param juridicalForm KBO code (e.g. "014" public limited company); empty for natural persons
 * @param juridicalFormLabel the code's description per language ("fr", "nl", ...), from code.csv
 * @param startDate null when the file gives none
 * @param registeredAddress the REGO address (registered office), null when none
 */
public record KboIdentity(String status, String juridicalSituation, String typeOfEnterprise,
    String juridicalForm, LabelsByLanguage juridicalFormLabel, LocalDate startDate,
    List<Denomination> denominations, Address registeredAddress, List<Activity> activities,
    List<Establishment> establishments, Provenance source) {

  public KboIdentity {
    status = Objects.requireNonNullElse(status, "");
    juridicalSituation = Objects.requireNonNullElse(juridicalSituation, "");
    typeOfEnterprise = Objects.requireNonNullElse(typeOfEnterprise, "");
    juridicalForm = Objects.requireNonNullElse(juridicalForm, "");
    juridicalFormLabel = Objects.requireNonNullElse(juridicalFormLabel, LabelsByLanguage.NONE);
    denominations = List.copyOf(denominations);
    activities = List.copyOf(activities);
    establishments = List.copyOf(establishments);
    Objects.requireNonNull(source, "source");
  }

  /**
   * The name to show: the official name (type 001) in French, else Dutch, else any language,
   * else any denomination.
   */
  public Optional<String> displayName() {
    for (String language : List.of(Denomination.FRENCH, Denomination.DUTCH)) {
      Optional<String> name = denominations.stream()
          .filter(d -> d.type().equals(Denomination.NAME) && d.language().equals(language))
          .map(Denomination::value).findFirst();
      if (name.isPresent()) {
        return name;
      }
    }
    return denominations.stream().sorted((a, b) -> a.type().compareTo(b.type()))
        .map(Denomination::value).findFirst();
  }

  /** The main NACE code of the newest NACE version the file holds, if any. */
  public Optional<Activity> mainActivity() {
    return activities.stream().filter(a -> a.classification().equals(Activity.MAIN))
        .max((a, b) -> a.naceVersion().compareTo(b.naceVersion()));
  }

  /** One name of the company (KBO denomination.csv). */
  public record Denomination(String language, String type, String value) {
    /** Language codes of the KBO: 0 unknown, 1 FR, 2 NL, 3 DE, 4 EN. */
    public static final String FRENCH = "1";
    public static final String DUTCH = "2";
    /** Denomination types: 001 name, 002 abbreviation, 003 commercial name. */
    public static final String NAME = "001";
  }

  /** One NACE-BEL activity (KBO activity.csv). */
  public record Activity(String activityGroup, String naceVersion, String naceCode,
      String classification) {
    public static final String MAIN = "MAIN";
  }

  /** An establishment unit (KBO establishment.csv) with its address (address.csv, BAET). */
  public record Establishment(String number, LocalDate startDate, Address address) {}

  /** Labels of a code per language code ("fr", "nl", "de", "en"). */
  public record LabelsByLanguage(java.util.Map<String, String> labels) {
    public static final LabelsByLanguage NONE = new LabelsByLanguage(java.util.Map.of());

    public LabelsByLanguage {
      labels = java.util.Map.copyOf(labels);
    }
  }

  /**
   * Field provenance: which import wrote these values, from which file, and when.
   *
   * @param importId the CRM's import job
   * @param fileName the KBO archive or folder it read (e.g. "KboOpenData_0140_2026_11_Full.zip")
   * @param importedAt when the CRM wrote them
   */
  public record Provenance(String importId, String fileName, Instant importedAt) {}
}
