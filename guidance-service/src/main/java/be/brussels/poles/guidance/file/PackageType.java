package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.security.Agency;
import java.util.List;

/**
 * The entrepreneur packages a guidance file follows (SBA measures M3, M4, M5-M10, M73; domain
 * brief §2): what it is, who may open it, the stages its files go through and the follow-ups
 * they schedule. Its checklist, entry conditions and exemptions are in {@link PackageDefinition}.
 */
public enum PackageType {

  UNIVERSAL("universal package",
      "Emergence and pre-activity, open to every entrepreneur: emergence test, 1819 StartEssentials"
          + " workshops, online management tools, hiring aids.",
      List.of(Stage.OPEN, Stage.COACHING, Stage.CLOSED)),

  CREATION("creation package",
      "Creation (M3): collective quarterly follow-up, business and financial plan coaching,"
          + " coworking cheque, permits help, financing plan help.",
      List.of(Stage.OPEN, Stage.COACHING, Stage.FOLLOW_UP, Stage.CLOSED)),

  HIGH_POTENTIAL_STARTER("high-potential starter package",
      "Creation plus individual coaching, help with financing files, quarterly follow-up meetings"
          + " after creation and a multidisciplinary team of the three poles and Actiris.",
      List.of(Stage.OPEN, Stage.COACHING, Stage.FOLLOW_UP, Stage.CLOSED)),

  ATRIUM_OPEN("Atrium 'Open' package",
      "Atrium's retail variant of creation: commercial positioning, fitting out and locating the"
          + " shop; opened by hub.brussels Atrium only.",
      List.of(Stage.OPEN, Stage.COACHING, Stage.FOLLOW_UP, Stage.CLOSED)),

  GROWTH("growth package",
      "Growth (M4): call for candidates, expert evaluation, screening, concerted growth plan,"
          + " personalised path with co-financed experts, multidisciplinary team, Actiris key account.",
      List.of(Stage.OPEN, Stage.CANDIDATE, Stage.NOMINATED, Stage.EXPERT_EVALUATION,
          Stage.SCREENING, Stage.GROWTH_PLAN, Stage.PERSONALISED_PATH, Stage.FOLLOW_UP,
          Stage.CLOSED)),

  RESTART("restart package",
      "Restart (M6-M8): diagnosis, restart business plan, restart financing plan; the restart"
          + " money never repays debts.",
      List.of(Stage.OPEN, Stage.DIAGNOSIS, Stage.BUSINESS_PLAN, Stage.FINANCING_PLAN,
          Stage.CLOSED)),

  TRANSFER("transfer package",
      "Transfer and takeover (M9-M10): co-financed first diagnosis for the transferor,"
          + " consultancy, buyer/seller matching.",
      List.of(Stage.OPEN, Stage.DIAGNOSIS, Stage.CONSULTANCY, Stage.MATCHING, Stage.CLOSED)),

  TRANSITION("transition package",
      "Transition (M73): guidance through the company's ecological and energy transformation.",
      List.of(Stage.OPEN, Stage.DIAGNOSIS, Stage.COACHING, Stage.FOLLOW_UP, Stage.CLOSED));

  private final String label;
  private final String description;
  private final List<Stage> path;

  PackageType(String label, String description, List<Stage> path) {
    this.label = label;
    this.description = description;
    this.path = path;
  }

  /** How the package is named in a journey headline, e.g. "creation package". */
  public String label() {
    return label;
  }

  /** One line saying what the package offers. */
  public String description() {
    return description;
  }

  /** The stages a file of this package goes through, in order (a file may close early). */
  public List<Stage> path() {
    return path;
  }

  /**
   * The follow-ups a file of this package schedules, the first one scheduled at opening: the
   * creation package's collective quarterly follow-up (also in its retail variant), the
   * high-potential starter's quarterly meeting after creation (and the collective one it
   * inherits), the growth package's follow-up.
   */
  public List<FollowUp.Kind> followUpKinds() {
    return switch (this) {
      case CREATION, ATRIUM_OPEN -> List.of(FollowUp.Kind.COLLECTIVE_QUARTERLY);
      case HIGH_POTENTIAL_STARTER ->
          List.of(FollowUp.Kind.QUARTERLY_MEETING, FollowUp.Kind.COLLECTIVE_QUARTERLY);
      case GROWTH -> List.of(FollowUp.Kind.GROWTH_FOLLOW_UP);
      default -> List.of();
    };
  }

  /** Whether a file of this package can be promoted to the growth package (M4, L943-946). */
  public boolean promotableToGrowth() {
    return this == CREATION || this == HIGH_POTENTIAL_STARTER || this == ATRIUM_OPEN;
  }

  /**
   * Whether staff of {@code agency} may open a file of this package: any guidance-pole agency,
   * except the retail variant, which is Atrium's own programme.
   */
  public boolean mayBeOpenedBy(Agency agency) {
    if (agency.pole() != Agency.Pole.GUIDANCE) {
      return false;
    }
    return this != ATRIUM_OPEN || agency == Agency.HUB_ATRIUM;
  }
}
