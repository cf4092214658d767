package be.brussels.poles.kit.journey;

/** Who may read a journey event's detail (identity and headline are shared with partners). */
public enum Confidentiality {
  /** Detail visible to every partner agency. */
  SHARED,
  /** Detail visible to the owning agency and holders of an active grant; redacted for others. */
  CONFIDENTIAL
}
