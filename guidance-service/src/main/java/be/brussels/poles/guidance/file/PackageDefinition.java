package be.brussels.poles.guidance.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each package is made of (domain brief §2, features 10-11): its checklist of elements with
 * the provider of each, its entry conditions and the priority groups it exempts. The creation
 * levels are cumulative (universal ⊂ creation ⊂ high-potential starter; Atrium 'Open' is the
 * retail variant of creation), as the sources define them (L754-873). The symbolic fee is a
 * setting ({@link PackageFees}): the sources leave its amount to be defined (L1018-1023).
 *
 * @param level 0 for the universal package, 1 for creation and its retail variant, 2 for the
 *     high-potential starter; the other packages stand on their own (level 1)
 */
public record PackageDefinition(PackageType packageType, int level, List<PackageElement> elements,
    List<EntryCondition> entryConditions, Set<PriorityGroup> exemptGroups) {

  public PackageDefinition {
    elements = List.copyOf(elements);
    entryConditions = List.copyOf(entryConditions);
    exemptGroups = Set.copyOf(exemptGroups);
  }

  private static final String HUB_1819 = "hub.brussels 1819";
  private static final String IMPULSE = "hub.brussels impulse";
  private static final String ATRIUM = "hub.brussels Atrium";
  private static final String ACCREDITED = "accredited private partner";
  private static final String ACTIRIS = "Actiris";

  private static final List<PackageElement> UNIVERSAL = List.of(
      new PackageElement("EMERGENCE_TEST", "Online emergence test (entrepreneur profile and project)", HUB_1819, false),
      new PackageElement("STARTESSENTIALS", "StartEssentials workshops", HUB_1819, false),
      new PackageElement("MANAGEMENT_TOOLS", "Online SME management tools", HUB_1819, false),
      new PackageElement("HIRING_AIDS", "Hiring aids for recruiting or training jobseekers", ACTIRIS, false),
      new PackageElement("RECRUITMENT_PRESELECTION", "Recruitment support with free preselection of candidates", ACTIRIS, false));

  private static final List<PackageElement> CREATION = List.of(
      new PackageElement("COLLECTIVE_FOLLOW_UP", "Collective quarterly follow-up", IMPULSE, false),
      new PackageElement("BUSINESS_PLAN_COACHING", "Business and financial plan coaching by a consultant or mentor", ACCREDITED, true),
      new PackageElement("TARGET_GROUP_MENTORING", "Mentoring for target groups", ACCREDITED, true),
      new PackageElement("NETWORK_INTRODUCTION", "Introduction to networks and clusters", IMPULSE, false),
      new PackageElement("COWORKING_CHEQUE", "Coworking cheque (6 months: 2 free, 2 co-financed, 2 sponsored)", "citydev.brussels coworking network", false),
      new PackageElement("LOCATION_HELP", "Help choosing a location for the company", "citydev.brussels", false),
      new PackageElement("PERMITS_HELP", "Help with urban-planning and environmental permit applications", IMPULSE, false),
      new PackageElement("FINANCING_PLAN_HELP", "Help with the financing plan and the search for loans, equity or guarantees", "finance.brussels", false),
      new PackageElement("PRO_DEO_ACCOUNTING", "Pro-Deo accounting service", "BECI", false),
      new PackageElement("PRE_ACTIVITY_AID", "Pre-activity aid (subsidy for consultancy costs)", "Brussels Economy and Employment", false));

  private static final List<PackageElement> HIGH_POTENTIAL = List.of(
      new PackageElement("INDIVIDUAL_COACHING", "Series of individual coaching sessions", ACCREDITED, true),
      new PackageElement("FINANCING_FILES_HELP", "Individual help preparing financing files", IMPULSE, false),
      new PackageElement("QUARTERLY_MEETING", "Quarterly follow-up meeting after creation", IMPULSE, false),
      new PackageElement("MULTIDISCIPLINARY_TEAM", "Multidisciplinary team of the three poles and Actiris", "guidance, financing and housing poles, Actiris", false));

  private static final List<PackageElement> RETAIL = List.of(
      new PackageElement("COMMERCIAL_POSITIONING", "Help with commercial positioning", ATRIUM, false),
      new PackageElement("SHOP_FITTING", "Help fitting out the point of sale", ATRIUM, false),
      new PackageElement("SHOP_LOCATION", "Help locating the shop", ATRIUM, false));

  private static final Map<PackageType, PackageDefinition> DEFINITIONS = new EnumMap<>(PackageType.class);

  static {
    EntryCondition brusselsProject = new EntryCondition("BRUSSELS_ESTABLISHMENT",
        "The project or company is (to be) established in the Brussels-Capital Region", false);
    EntryCondition projectAssessed = new EntryCondition("PROJECT_ASSESSED",
        "Emergence test taken or project assessed by the adviser", true);
    EntryCondition highPotential = new EntryCondition("HIGH_POTENTIAL_CONFIRMED",
        "High growth potential confirmed by the selection", false);
    EntryCondition retail = new EntryCondition("RETAIL_PROJECT",
        "A retail or commerce project (shop, point of sale)", false);
    EntryCondition growthScenario = new EntryCondition("GROWTH_SCENARIO",
        "A clear growth scenario chosen by the company", false);
    EntryCondition inDifficulty = new EntryCondition("DIFFICULTY_OR_FAILURE",
        "The company is in difficulty or the entrepreneur restarts after a failure", false);
    EntryCondition transferProject = new EntryCondition("TRANSFER_PROJECT",
        "A transfer or takeover project (transferor or buyer)", false);
    Set<PriorityGroup> allGroups = Set.of(PriorityGroup.values());

    define(PackageType.UNIVERSAL, 0, UNIVERSAL, List.of(), allGroups);
    define(PackageType.CREATION, 1, concat(UNIVERSAL, CREATION),
        List.of(brusselsProject, projectAssessed), allGroups);
    define(PackageType.HIGH_POTENTIAL_STARTER, 2, concat(UNIVERSAL, CREATION, HIGH_POTENTIAL),
        List.of(brusselsProject, projectAssessed, highPotential), allGroups);
    define(PackageType.ATRIUM_OPEN, 1, concat(UNIVERSAL, CREATION, RETAIL),
        List.of(brusselsProject, projectAssessed, retail), allGroups);
    define(PackageType.GROWTH, 1, List.of(
        new PackageElement("SCREENING", "Screening of the company's current situation", IMPULSE, false),
        new PackageElement("GROWTH_PLAN", "Concerted growth plan steering the company to the right partners", IMPULSE, false),
        new PackageElement("PERSONALISED_PATH", "Personalised guidance path with specialised private experts", ACCREDITED, true),
        new PackageElement("EXPANSION_AIDS", "Simplified access to regional economic-expansion aids", "Brussels Economy and Employment", false),
        new PackageElement("GROWTH_FINANCE", "Simplified access to growth finance", "finance.brussels", false),
        new PackageElement("MULTIDISCIPLINARY_TEAM", "Multidisciplinary team of the three poles", "guidance, financing and housing poles, Actiris", false),
        new PackageElement("ACTIRIS_KEY_ACCOUNT", "Privileged support from Actiris recruitment services (Key Account)", ACTIRIS, false)),
        List.of(brusselsProject, growthScenario), Set.of(PriorityGroup.WOMEN, PriorityGroup.SOCIAL_ENTREPRENEUR));
    define(PackageType.RESTART, 1, List.of(
        new PackageElement("RESTART_DIAGNOSIS", "Diagnosis of the company and the entrepreneur", "Centre for Enterprises in Difficulty (COM)", false),
        new PackageElement("RESTART_BUSINESS_PLAN", "Restart business plan", ACCREDITED, true),
        new PackageElement("RESTART_FINANCING_PLAN", "Restart financing plan (bank credit, business angels, guarantees; never debt repayment)", "finance.brussels and the Brussels Guarantee Fund", false)),
        List.of(brusselsProject, inDifficulty), allGroups);
    define(PackageType.TRANSFER, 1, List.of(
        new PackageElement("TRANSFEROR_DIAGNOSIS", "First diagnosis for the transferor", ACCREDITED, true),
        new PackageElement("TRANSFER_CONSULTANCY", "Consultancy following the diagnosis", ACCREDITED, true),
        new PackageElement("BUYER_SELLER_MATCHING", "Buyer/seller matching", "BECI Hub Overdrachten", false)),
        List.of(brusselsProject, transferProject), Set.of(PriorityGroup.SENIOR));
    define(PackageType.TRANSITION, 1, List.of(
        new PackageElement("TRANSITION_DIAGNOSIS", "Diagnosis of the ecological and energy transition", IMPULSE, false),
        new PackageElement("TRANSITION_COACHING", "Coaching through the transformation", ACCREDITED, true)),
        List.of(brusselsProject), allGroups);
  }

  private static void define(PackageType type, int level, List<PackageElement> elements,
      List<EntryCondition> conditions, Set<PriorityGroup> exempt) {
    DEFINITIONS.put(type, new PackageDefinition(type, level, elements, conditions, exempt));
  }

  @SafeVarargs
  private static List<PackageElement> concat(List<PackageElement>... parts) {
    List<PackageElement> all = new ArrayList<>();
    for (List<PackageElement> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  /** The definition of a package. */
  public static PackageDefinition of(PackageType type) {
    return DEFINITIONS.get(type);
  }

  /** The element of this package with {@code code}, if any. */
  public Optional<PackageElement> element(String code) {
    return elements.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /** The entry condition of this package with {@code code}, if any. */
  public Optional<EntryCondition> condition(String code) {
    return entryConditions.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether a beneficiary in any of {@code groups} is exempted (fee, waivable conditions). */
  public boolean exempts(Set<PriorityGroup> groups) {
    return groups.stream().anyMatch(exemptGroups::contains);
  }
}
