package be.brussels.poles.financing.guidance;

import java.util.List;
import java.util.Objects;

/**
 * What the guidance service said about a company's open guidance files (SBA M49.C: all aid or
 * financing is linked to compulsory guidance).
 *
 * @param status OPEN (at least one open file), NONE (the guidance service answered: no open
 *     file) or UNAVAILABLE (no answer in time: the rule is unverified, never "passed")
 * @param files the open files, e.g. "RESTART file 3f2a... (HUB_IMPULSE)"
 * @param financingConditions conditions the guidance pole attaches, e.g.
 *     "RESTART_LOAN_NEVER_REPAYS_DEBT"
 */
public record GuidanceCheck(Status status, List<String> files, List<String> financingConditions) {

  public enum Status { OPEN, NONE, UNAVAILABLE }

  public GuidanceCheck {
    Objects.requireNonNull(status, "status");
    files = List.copyOf(files);
    financingConditions = List.copyOf(financingConditions);
  }

  public static GuidanceCheck unavailable() {
    return new GuidanceCheck(Status.UNAVAILABLE, List.of(), List.of());
  }
}
