package be.brussels.poles.guidance.file;

/**
 * Where a guidance file stands. Every file starts {@link #OPEN}; each {@link PackageType} lists
 * the stages its files go through ({@link PackageType#path()}). Stage changes (issue 4) record
 * the date, so the time spent in a stage is visible.
 */
public enum Stage {
  /** Opened: the adviser takes stock of the company's needs. */
  OPEN(false),
  /** Growth: applied to, or proposed for, the call for candidates. */
  CANDIDATE(false),
  /** Growth: nominated by a sector cluster or an adviser. */
  NOMINATED(false),
  /** Growth: evaluated by external experts. */
  EXPERT_EVALUATION(false),
  /** Growth: screening of the company's current situation. */
  SCREENING(false),
  /** Growth: concerted growth plan steering the company to the right partners. */
  GROWTH_PLAN(false),
  /** Growth: personalised path with co-financed private experts. */
  PERSONALISED_PATH(false),
  /** Restart, transfer, transition: diagnosis of the company (and of the entrepreneur or transferor). */
  DIAGNOSIS(false),
  /** Restart: the restart business plan. */
  BUSINESS_PLAN(false),
  /** Restart: the restart financing plan (bank credit, business angels, guarantees; never debt repayment). */
  FINANCING_PLAN(false),
  /** Transfer: consultancy following the first diagnosis. */
  CONSULTANCY(false),
  /** Transfer: buyer/seller matching. */
  MATCHING(false),
  /** Creation family, transition: coaching sessions (business, financial plan, positioning). */
  COACHING(false),
  /** Follow-up: quarterly follow-ups after creation, growth follow-up. */
  FOLLOW_UP(false),
  /** Closed: guidance ended. */
  CLOSED(true);

  private final boolean terminal;

  Stage(boolean terminal) {
    this.terminal = terminal;
  }

  /** A file in a terminal stage is no longer open (not on the 360 view's open files). */
  public boolean isTerminal() {
    return terminal;
  }
}
