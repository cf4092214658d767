package be.brussels.poles.guidance.catalogue;

import be.brussels.poles.guidance.catalogue.Vocabulary.Cost;
import be.brussels.poles.guidance.catalogue.Vocabulary.Language;
import be.brussels.poles.guidance.catalogue.Vocabulary.Need;
import be.brussels.poles.guidance.catalogue.Vocabulary.OperatorType;
import be.brussels.poles.guidance.catalogue.Vocabulary.Profile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cadastre of public and subsidised support offers (feature 7) and the orientation search
 * over it (feature 6). The offers are the platform's reference data, versioned with the code.
 *
 * <p>The search keeps the services that fit: at the person's stage, meeting one of their needs,
 * for one of their profiles or for everyone, for their sector or every sector, containing the
 * words. It ranks the ones that fit best first: more needs met, aimed at the person's profile or
 * sector rather than at everyone, offered in the language they speak, free or subsidised, in the
 * public or accredited network.
 */
public final class SupportCatalogue {

  private final Map<String, SupportService> services = new LinkedHashMap<>();

  public SupportCatalogue(List<SupportService> services) {
    for (SupportService service : services) {
      if (this.services.put(service.id(), service) != null) {
        throw new IllegalArgumentException("service " + service.id() + " is listed twice");
      }
    }
  }

  /** A service that fits a query, its score and why it fits. */
  public record Match(SupportService service, int score, List<String> reasons) {}

  public List<SupportService> all() {
    return List.copyOf(services.values());
  }

  public Optional<SupportService> find(String id) {
    return Optional.ofNullable(services.get(id));
  }

  public int size() {
    return services.size();
  }

  /** The services that fit, best first; ties by name in {@code display}. */
  public List<Match> search(OrientationQuery query, Language display) {
    Optional<String> words = query.text().map(SupportCatalogue::fold);
    List<Match> matches = new ArrayList<>();
    for (SupportService s : services.values()) {
      if (query.stage().filter(stage -> !s.stages().contains(stage)).isPresent()) {
        continue;
      }
      List<Need> needsMet = query.needs().isEmpty() ? List.of()
          : s.needs().stream().filter(query.needs()::contains).sorted().toList();
      if (!query.needs().isEmpty() && needsMet.isEmpty()) {
        continue;
      }
      List<Profile> profilesMet = s.targetProfiles().stream()
          .filter(query.profiles()::contains).sorted().toList();
      if (!query.profiles().isEmpty() && !s.targetProfiles().isEmpty() && profilesMet.isEmpty()) {
        continue;
      }
      boolean sectorSpecific = query.sector().filter(s.sectors()::contains).isPresent();
      if (query.sector().isPresent() && !s.sectors().isEmpty() && !sectorSpecific) {
        continue;
      }
      if (words.isPresent() && !fold(searchable(s)).contains(words.get())) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      int score = 0;
      for (Need need : needsMet) {
        score += 10;
        reasons.add("need:" + need);
      }
      if (!profilesMet.isEmpty()) {
        score += 6;
        profilesMet.forEach(p -> reasons.add("profile:" + p));
      }
      if (sectorSpecific) {
        score += 5;
        reasons.add("sector:" + query.sector().get());
      }
      if (query.stage().isPresent()) {
        reasons.add("stage:" + query.stage().get());
        if (s.stages().size() <= 2) {
          score += 2;
        }
      }
      if (query.spokenLanguage().isPresent()) {
        if (s.languages().contains(query.spokenLanguage().get())) {
          score += 3;
          reasons.add("language:" + query.spokenLanguage().get());
        }
      }
      if (s.cost() == Cost.FREE) {
        score += 2;
        reasons.add("cost:FREE");
      } else if (s.cost() == Cost.SYMBOLIC_FEE || s.cost() == Cost.CO_FINANCED) {
        score += 1;
      }
      if (s.operatorType() != OperatorType.PRIVATE_PARTNER) {
        score += 1;
      }
      matches.add(new Match(s, score, List.copyOf(reasons)));
    }
    matches.sort(Comparator.comparingInt(Match::score).reversed()
        .thenComparing(m -> fold(m.service().name().in(display))));
    return matches;
  }

  private static String searchable(SupportService s) {
    return String.join(" ", s.name().fr(), s.name().nl(), s.name().en(), s.description().fr(),
        s.description().nl(), s.description().en(), s.provider());
  }

  /** Lower case without accents, so "credit" finds "crédit". */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
