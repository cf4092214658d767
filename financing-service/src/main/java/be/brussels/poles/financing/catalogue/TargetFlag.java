package be.brussels.poles.financing.catalogue;

/** Facts about a company that some products require (their target group). */
public enum TargetFlag {
  /** A social-economy enterprise or cooperative (Brusoc, Brupart, M31). */
  SOCIAL_ENTERPRISE,
  /** A young innovative company (Brustart, pre-seed, co-investment). */
  START_UP,
  /** The company has a restart business plan (M8 step 2). */
  RESTART_PLAN
}
