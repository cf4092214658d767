package be.brussels.poles.crm.journey;

import java.util.Set;

/**
 * What an event's type says about an agency's file. Types are dotted words whose last word is
 * the step ("guidance.file.closed", "housing.lease.ended"); the steps below end a file.
 */
public final class JourneyStages {

  private static final Set<String> CLOSING_STEPS =
      Set.of("closed", "ended", "completed", "withdrawn", "declined", "refused", "cancelled");

  private JourneyStages() {}

  /** Whether an event of {@code type} closes its agency's file with the company. */
  public static boolean closesFile(String type) {
    return CLOSING_STEPS.contains(type.substring(type.lastIndexOf('.') + 1));
  }
}
