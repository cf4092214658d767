package be.brussels.poles.crm.journey;

import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries of a company's timeline a reader wants, and in which order. Every criterion is
 * optional; they combine with AND.
 *
 * @param agencies source agencies (empty: all)
 * @param typePrefix a type or the start of one: "financing" matches "financing.application.decided"
 * @param from occurred at or after (inclusive)
 * @param until occurred before (exclusive)
 * @param newestFirst the order on the time it occurred
 */
public record JourneyFilter(Set<Agency> agencies, Optional<String> typePrefix,
    Optional<Instant> from, Optional<Instant> until, Optional<Confidentiality> confidentiality,
    boolean newestFirst) {

  private static final JourneyFilter EVERYTHING = new JourneyFilter(Set.of(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), true);

  public JourneyFilter {
    agencies = agencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(agencies));
    Objects.requireNonNull(typePrefix, "typePrefix");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(confidentiality, "confidentiality");
  }

  /** The whole timeline, newest first. */
  public static JourneyFilter everything() {
    return EVERYTHING;
  }

  public boolean isEverything() {
    return equals(EVERYTHING);
  }
}
