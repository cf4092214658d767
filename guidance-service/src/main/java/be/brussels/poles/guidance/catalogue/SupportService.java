package be.brussels.poles.guidance.catalogue;

import be.brussels.poles.guidance.catalogue.Vocabulary.Cost;
import be.brussels.poles.guidance.catalogue.Vocabulary.Language;
import be.brussels.poles.guidance.catalogue.Vocabulary.LifeCycleStage;
import be.brussels.poles.guidance.catalogue.Vocabulary.Need;
import be.brussels.poles.guidance.catalogue.Vocabulary.OperatorType;
import be.brussels.poles.guidance.catalogue.Vocabulary.Profile;
import be.brussels.poles.guidance.catalogue.Vocabulary.Sector;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One public or subsidised support offer of the cadastre (feature 7): who provides it, for whom,
 * at which stage, in which sector, for which need, in which languages, at what cost and under
 * which conditions.
 *
 * @param targetProfiles empty: every profile
 * @param sectors empty: every sector
 * @param eligibility the conditions, when there are any beyond the profile
 */
public record SupportService(String id, String provider, OperatorType operatorType,
    Localized name, Localized description, Optional<Localized> eligibility,
    Set<Profile> targetProfiles, Set<LifeCycleStage> stages, Set<Sector> sectors,
    Set<Need> needs, Set<Language> languages, Cost cost) {

  public SupportService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(operatorType, "operatorType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    eligibility = Objects.requireNonNullElse(eligibility, Optional.empty());
    targetProfiles = Set.copyOf(targetProfiles);
    stages = Set.copyOf(stages);
    sectors = Set.copyOf(sectors);
    needs = Set.copyOf(needs);
    languages = Set.copyOf(languages);
    Objects.requireNonNull(cost, "cost");
    if (stages.isEmpty() || needs.isEmpty() || languages.isEmpty()) {
      throw new IllegalArgumentException(id + ": a service has stages, needs and languages");
    }
  }

  /** A text in the three languages of the platform. */
  public record Localized(String fr, String nl, String en) {

    public Localized {
      Objects.requireNonNull(fr, "fr");
      Objects.requireNonNull(nl, "nl");
      Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
      return switch (language) {
        case FR -> fr;
        case NL -> nl;
        case EN -> en;
      };
    }
  }
}
