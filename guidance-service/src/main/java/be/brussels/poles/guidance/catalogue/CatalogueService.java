package be.brussels.poles.guidance.catalogue;

import be.brussels.poles.guidance.catalogue.Vocabulary.Language;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.security.Caller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading and searching the catalogue. It is the public offer, so every staff member of every
 * agency reads it (an orientation can start anywhere); machines do not.
 */
public class CatalogueService {

  /** Most results answered by one search. */
  public static final int MAX_RESULTS = 200;

  private final SupportCatalogue catalogue;

  public CatalogueService(SupportCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public List<SupportService> all(Caller caller) {
    requireStaff(caller);
    return catalogue.all();
  }

  public SupportService get(Caller caller, String id) {
    requireStaff(caller);
    return catalogue.find(id).orElseThrow(() -> new NotFoundException("no support service " + id));
  }

  /**
   * The orientation search from raw query parameters (each list as repeated parameters or
   * comma-separated); every bad value is reported at once.
   */
  public List<SupportCatalogue.Match> search(Caller caller, List<String> profiles, String stage,
      String sector, List<String> needs, String language, String text, Language display,
      String limit) {
    requireStaff(caller);
    List<FieldViolation> violations = new ArrayList<>();
    Set<Vocabulary.Profile> profileSet = enums(Vocabulary.Profile.class, profiles, "profile", violations);
    Optional<Vocabulary.LifeCycleStage> stageValue =
        optional(Vocabulary.LifeCycleStage.class, stage, "stage", violations);
    Optional<Vocabulary.Sector> sectorValue = optional(Vocabulary.Sector.class, sector, "sector", violations);
    Set<Vocabulary.Need> needSet = enums(Vocabulary.Need.class, needs, "need", violations);
    Optional<Language> spoken = optional(Language.class, language, "language", violations);
    Integer max = InputChecks.wholeNumber(limit, "limit", 20, 1, MAX_RESULTS, violations);
    if (text != null && text.length() > 200) {
      violations.add(new FieldViolation("q", "must be at most 200 characters"));
    }
    InputChecks.throwIfAny(violations);
    OrientationQuery query = new OrientationQuery(profileSet, stageValue, sectorValue, needSet,
        spoken, Optional.ofNullable(text));
    List<SupportCatalogue.Match> matches = catalogue.search(query, display);
    return matches.subList(0, Math.min(max, matches.size()));
  }

  /** The display language: fr, nl or en (default fr); a bad one is a 400. */
  public static Language display(String lang) {
    if (lang == null || lang.isBlank()) {
      return Language.FR;
    }
    List<FieldViolation> violations = new ArrayList<>();
    Language language = InputChecks.enumValue(Language.class, lang, "lang", violations);
    InputChecks.throwIfAny(violations);
    return language;
  }

  private static <E extends Enum<E>> Optional<E> optional(Class<E> type, String text,
      String field, List<FieldViolation> violations) {
    return text == null || text.isBlank() ? Optional.empty()
        : Optional.ofNullable(InputChecks.enumValue(type, text, field, violations));
  }

  private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> texts, String field,
      List<FieldViolation> violations) {
    Set<E> values = EnumSet.noneOf(type);
    if (texts == null) {
      return values;
    }
    texts.stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::strip)
        .filter(t -> !t.isEmpty()).forEach(t -> {
          E value = InputChecks.enumValue(type, t, field, violations);
          if (value != null) {
            values.add(value);
          }
        });
    return values;
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new AccessDeniedException("the support-service catalogue is for agency staff");
    }
  }
}
