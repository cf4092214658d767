package be.brussels.poles.financing.guidance;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;

/** Asks the guidance pole whether a company has an open guidance file. */
public interface GuidanceFiles {

  /** Never throws for an outage: an unanswered question is {@link GuidanceCheck.Status#UNAVAILABLE}. */
  GuidanceCheck check(EnterpriseNumber company);
}
