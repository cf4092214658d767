package be.brussels.poles.guidance.file;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a growth file was selected (M4, L998-1000): nominated by a sector cluster or an adviser
 * after the call for candidates, then evaluated by an external expert.
 */
public final class GrowthSelection {

  private GrowthSelection() {}

  /** Who nominated the candidate. */
  public enum NominationSource { CLUSTER, ADVISER }

  /** The external expert's conclusion. */
  public enum Verdict {
    /** Go on to screening. */
    FAVOURABLE,
    /** Go on, with the reservations in the summary. */
    FAVOURABLE_WITH_RESERVATIONS,
    /** Not selected: the file is closed or stays where it is. */
    UNFAVOURABLE;

    public boolean allowsScreening() {
      return this != UNFAVOURABLE;
    }
  }

  /**
   * A nomination.
   *
   * @param nominator the cluster (e.g. "lifetech.brussels") or the adviser's name
   */
  public record Nomination(NominationSource source, String nominator, Instant at) {

    public Nomination {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(nominator, "nominator");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The external expert evaluation.
   *
   * @param summary the expert's findings, confidential to the owning agency
   */
  public record ExpertEvaluation(String expert, Optional<String> operatorId, Verdict verdict,
      String summary, Instant at) {

    public ExpertEvaluation {
      Objects.requireNonNull(expert, "expert");
      operatorId = Objects.requireNonNullElse(operatorId, Optional.empty());
      Objects.requireNonNull(verdict, "verdict");
      summary = Objects.requireNonNullElse(summary, "");
      Objects.requireNonNull(at, "at");
    }
  }
}
