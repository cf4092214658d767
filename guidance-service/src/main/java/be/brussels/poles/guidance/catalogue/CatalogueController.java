package be.brussels.poles.guidance.catalogue;

import be.brussels.poles.guidance.catalogue.Vocabulary.Language;
import be.brussels.poles.kit.security.CurrentCaller;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The support-service catalogue and its orientation search, {@code /api/guidance/support-services},
 * in the language asked for ({@code lang=fr|nl|en}, French by default).
 */
@RestController
@RequestMapping(path = "/support-services", produces = MediaType.APPLICATION_JSON_VALUE)
public class CatalogueController {

  private final CatalogueService service;

  public CatalogueController(CatalogueService service) {
    this.service = service;
  }

  /** A service in one language; {@code score} and {@code reasons} only in search results. */
  public record ServiceView(String id, String name, String description, String eligibility,
      String provider, String operatorType, List<String> targetProfiles, List<String> stages,
      List<String> sectors, List<String> needs, List<String> languages, String cost,
      Integer score, List<String> reasons) {

    static ServiceView of(SupportService s, Language lang, Integer score, List<String> reasons) {
      return new ServiceView(s.id(), s.name().in(lang), s.description().in(lang),
          s.eligibility().map(e -> e.in(lang)).orElse(null), s.provider(),
          s.operatorType().name(), names(s.targetProfiles()), names(s.stages()),
          names(s.sectors()), names(s.needs()), names(s.languages()), s.cost().name(), score,
          reasons);
    }

    private static List<String> names(java.util.Set<? extends Enum<?>> values) {
      return values.stream().map(Enum::name).sorted().toList();
    }
  }

  @GetMapping
  public List<ServiceView> all(@RequestParam(required = false) String lang) {
    Language display = CatalogueService.display(lang);
    return service.all(CurrentCaller.get()).stream()
        .map(s -> ServiceView.of(s, display, null, null)).toList();
  }

  /**
   * The orientation search: {@code profile}, {@code need} (repeatable or comma-separated),
   * {@code stage}, {@code sector}, {@code language} (spoken by the person), {@code q} (words),
   * {@code limit} (1-200, default 20); best first.
   */
  @GetMapping("/search")
  public List<ServiceView> search(@RequestParam(required = false) List<String> profile,
      @RequestParam(required = false) String stage, @RequestParam(required = false) String sector,
      @RequestParam(required = false) List<String> need,
      @RequestParam(required = false) String language, @RequestParam(required = false) String q,
      @RequestParam(required = false) String lang, @RequestParam(required = false) String limit) {
    Language display = CatalogueService.display(lang);
    return service.search(CurrentCaller.get(), profile, stage, sector, need, language, q,
        display, limit).stream()
        .map(m -> ServiceView.of(m.service(), display, m.score(), m.reasons())).toList();
  }

  @GetMapping("/{id}")
  public ServiceView get(@PathVariable String id, @RequestParam(required = false) String lang) {
    return ServiceView.of(service.get(CurrentCaller.get(), id), CatalogueService.display(lang),
        null, null);
  }
}
