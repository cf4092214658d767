package be.brussels.poles.financing.application;

import java.util.List;
import java.util.Objects;

/**
 * The analyst's work on an application: risk notes (confidential) and the opinions asked of a
 * sector expert of the guidance pole or of a cluster (M29.A: the pole may call on them).
 */
public record Analysis(String riskNotes, List<OpinionRequest> opinionRequests) {

  public static final int MAX_NOTES = 4000;
  public static final int MAX_OPINIONS = 10;

  public Analysis {
    riskNotes = Objects.requireNonNullElse(riskNotes, "");
    opinionRequests = List.copyOf(opinionRequests);
  }

  public static Analysis none() {
    return new Analysis("", List.of());
  }

  /** An opinion asked of {@code from}, e.g. "software.brussels". */
  public record OpinionRequest(Kind kind, String from) {
    public enum Kind { SECTOR_EXPERT, CLUSTER }

    public OpinionRequest {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(from, "from");
    }
  }
}
