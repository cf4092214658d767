package be.brussels.poles.guidance.intake;

import java.util.Optional;

/** Reads a referral in the CRM on the user's behalf (the CRM decides who may see it). */
public interface CrmReferrals {

  /**
   * The referral, or empty when the CRM does not show it to the caller (NOT_FOUND).
   *
   * @throws be.brussels.poles.kit.error.DependencyUnavailableException when the CRM does not
   *     answer in time
   */
  Optional<Orientation.CrmReferral> find(String referralId);
}
