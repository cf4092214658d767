package be.brussels.poles.crm.company;

import java.util.Set;

/**
 * What the KBO's status and juridical situation codes mean for the CRM. The codes are those of
 * the "JuridicalSituation" category of the KBO's code.csv; the sets below list the ones that end
 * a company (dissolution, liquidation closed, bankruptcy, merger by absorption, ...) and the
 * ones that signal difficulty (judicial reorganisation, liquidation in progress).
 */
public final class KboSituation {

  /** The status of an active enterprise; any other status means it no longer exists. */
  public static final String ACTIVE = "AC";

  private static final Set<String> ENDED = Set.of(
      "010", "011", "012", "013", "014", "015", "016", "017", "018", "019",
      "020", "021", "022", "030", "031", "032", "033", "090", "091", "100");
  private static final Set<String> IN_DIFFICULTY = Set.of(
      "040", "041", "048", "049", "050", "051", "052", "053", "006");

  private KboSituation() {}

  public static boolean ended(String status, String juridicalSituation) {
    return !ACTIVE.equals(status) || ENDED.contains(juridicalSituation);
  }

  public static boolean inDifficulty(String juridicalSituation) {
    return IN_DIFFICULTY.contains(juridicalSituation);
  }
}
