package be.brussels.poles.financing.application;

/**
 * Where an application stands. Only SUBMITTED is reached in this slice; the others are the
 * workflow of issue 5 (submitted, complete, analysis, committee, approved or refused, contract
 * signed, disbursed, repaying, closed or written off), listed now so that stored values and the
 * CRM's summary never need renaming.
 */
public enum ApplicationStage {
  SUBMITTED(true),
  COMPLETE(true),
  IN_ANALYSIS(true),
  IN_COMMITTEE(true),
  /** Waiting on something outside the pole, e.g. the guidance service could not confirm an open file. */
  ON_HOLD(true),
  APPROVED(true),
  /** A motivated refusal; final. */
  REFUSED(false),
  CONTRACT_SIGNED(true),
  DISBURSED(true),
  REPAYING(true),
  CLOSED(false),
  WRITTEN_OFF(false),
  WITHDRAWN(false);

  private final boolean open;

  ApplicationStage(boolean open) {
    this.open = open;
  }

  /** False once the application has reached an end. */
  public boolean isOpen() {
    return open;
  }
}
