package be.brussels.poles.guidance.catalogue;

import be.brussels.poles.guidance.catalogue.SupportService.Localized;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the catalogue from {@code catalogue/support-services.json} (reference data built from
 * the domain brief's sources) at start-up; a malformed entry stops the service, never a request.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

  /** Where the catalogue lives on the class path. */
  public static final String RESOURCE = "/catalogue/support-services.json";

  @Bean
  SupportCatalogue supportCatalogue() {
    return load();
  }

  @Bean
  CatalogueService catalogueService(SupportCatalogue catalogue) {
    return new CatalogueService(catalogue);
  }

  /** Reads the catalogue shipped with the service. */
  public static SupportCatalogue load() {
    try (InputStream in = CatalogueConfiguration.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      List<SupportService> services = new ArrayList<>();
      for (JsonNode s : root.path("services")) {
        services.add(new SupportService(text(s, "id"), text(s, "provider"),
            Vocabulary.OperatorType.valueOf(text(s, "operatorType")),
            localized(s.path("name")), localized(s.path("description")),
            s.path("eligibility").isObject() ? Optional.of(localized(s.path("eligibility")))
                : Optional.empty(),
            set(s, "targetProfiles", Vocabulary.Profile.class),
            set(s, "stages", Vocabulary.LifeCycleStage.class),
            set(s, "sectors", Vocabulary.Sector.class),
            set(s, "needs", Vocabulary.Need.class),
            set(s, "languages", Vocabulary.Language.class),
            Vocabulary.Cost.valueOf(text(s, "cost"))));
      }
      return new SupportCatalogue(services);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      throw new IllegalStateException("catalogue entry " + node.path("id") + " has no " + field);
    }
    return value.asString();
  }

  private static Localized localized(JsonNode node) {
    return new Localized(text(node, "fr"), text(node, "nl"), text(node, "en"));
  }

  private static <E extends Enum<E>> Set<E> set(JsonNode node, String field, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    for (JsonNode value : node.path(field)) {
      values.add(Enum.valueOf(type, value.asString()));
    }
    return values;
  }
}
