package be.brussels.poles.guidance.catalogue;

import be.brussels.poles.guidance.catalogue.Vocabulary.Language;
import be.brussels.poles.guidance.catalogue.Vocabulary.LifeCycleStage;
import be.brussels.poles.guidance.catalogue.Vocabulary.Need;
import be.brussels.poles.guidance.catalogue.Vocabulary.Profile;
import be.brussels.poles.guidance.catalogue.Vocabulary.Sector;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an adviser knows of the person in front of them, to orient them (feature 6): their
 * profiles, the company's stage and sector, their needs, the language they speak, and words.
 * Every part is optional; an empty query lists the whole catalogue.
 */
public record OrientationQuery(Set<Profile> profiles, Optional<LifeCycleStage> stage,
    Optional<Sector> sector, Set<Need> needs, Optional<Language> spokenLanguage,
    Optional<String> text) {

  public OrientationQuery {
    profiles = Set.copyOf(profiles);
    stage = Objects.requireNonNullElse(stage, Optional.empty());
    sector = Objects.requireNonNullElse(sector, Optional.empty());
    needs = Set.copyOf(needs);
    spokenLanguage = Objects.requireNonNullElse(spokenLanguage, Optional.empty());
    text = Objects.requireNonNullElse(text, Optional.<String>empty()).map(String::strip)
        .filter(t -> !t.isEmpty());
  }

  public static OrientationQuery everything() {
    return new OrientationQuery(Set.of(), Optional.empty(), Optional.empty(), Set.of(),
        Optional.empty(), Optional.empty());
  }
}
