package be.brussels.poles.financing.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the application workflow: from which stages each may be taken, where it leads,
 * and whether it is a committee decision (committee role only).
 */
public enum Action {
  COMPLETE(EnumSet.of(ApplicationStage.SUBMITTED), ApplicationStage.COMPLETE, false,
      "completed"),
  START_ANALYSIS(EnumSet.of(ApplicationStage.COMPLETE), ApplicationStage.IN_ANALYSIS, false,
      "analysis-started"),
  /** Risk notes and opinion requests while in analysis; the stage does not move. */
  RECORD_ANALYSIS(EnumSet.of(ApplicationStage.IN_ANALYSIS), ApplicationStage.IN_ANALYSIS, false,
      "analysis-recorded"),
  /** Needs an open guidance file; held when the guidance service cannot say. */
  SUBMIT_TO_COMMITTEE(EnumSet.of(ApplicationStage.IN_ANALYSIS), ApplicationStage.IN_COMMITTEE,
      false, "sent-to-committee"),
  /** Asks the guidance service again for a held application. */
  RESUME(EnumSet.of(ApplicationStage.ON_HOLD), ApplicationStage.IN_COMMITTEE, false, "resumed"),
  APPROVE(EnumSet.of(ApplicationStage.IN_COMMITTEE), ApplicationStage.APPROVED, true, "approved"),
  REFUSE(EnumSet.of(ApplicationStage.IN_COMMITTEE), ApplicationStage.REFUSED, true, "refused"),
  SIGN_CONTRACT(EnumSet.of(ApplicationStage.APPROVED), ApplicationStage.CONTRACT_SIGNED, false,
      "contract-signed"),
  DISBURSE(EnumSet.of(ApplicationStage.CONTRACT_SIGNED), ApplicationStage.DISBURSED, false,
      "disbursed"),
  START_REPAYMENT(EnumSet.of(ApplicationStage.DISBURSED), ApplicationStage.REPAYING, false,
      "repaying"),
  CLOSE(EnumSet.of(ApplicationStage.DISBURSED, ApplicationStage.REPAYING),
      ApplicationStage.CLOSED, false, "closed"),
  WRITE_OFF(EnumSet.of(ApplicationStage.DISBURSED, ApplicationStage.REPAYING),
      ApplicationStage.WRITTEN_OFF, true, "written-off"),
  WITHDRAW(EnumSet.of(ApplicationStage.SUBMITTED, ApplicationStage.COMPLETE,
      ApplicationStage.IN_ANALYSIS, ApplicationStage.IN_COMMITTEE, ApplicationStage.ON_HOLD),
      ApplicationStage.WITHDRAWN, false, "withdrawn");

  private final Set<ApplicationStage> from;
  private final ApplicationStage to;
  private final boolean committeeDecision;
  private final String eventVerb;

  Action(Set<ApplicationStage> from, ApplicationStage to, boolean committeeDecision,
      String eventVerb) {
    this.from = from;
    this.to = to;
    this.committeeDecision = committeeDecision;
    this.eventVerb = eventVerb;
  }

  public boolean allowedFrom(ApplicationStage stage) {
    return from.contains(stage);
  }

  public ApplicationStage target() {
    return to;
  }

  /** Approve, refuse and write off: decisions of the committee role only. */
  public boolean isCommitteeDecision() {
    return committeeDecision;
  }

  /** The journey event type, "financing.application.&lt;verb&gt;". */
  public String eventType() {
    return "financing.application." + eventVerb;
  }
}
