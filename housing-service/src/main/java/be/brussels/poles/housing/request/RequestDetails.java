package be.brussels.poles.housing.request;

import be.brussels.poles.housing.inventory.Sector;
import be.brussels.poles.kit.security.Agency;
import java.util.Objects;

/**
 * What else a location request says: the company's sector (for sector fit), its special needs
 * (free text, confidential) and, when another pole referred it, the CRM referral it answers.
 *
 * @param sector null when not given
 * @param specialNeeds empty when none, at most {@value #MAX_SPECIAL_NEEDS} characters
 * @param referralId the CRM's referral id, or null
 * @param referredBy the referring agency as the CRM said, or null (no referral, or the CRM did
 *     not answer when the request was recorded)
 */
public record RequestDetails(Sector sector, String specialNeeds, String referralId,
    Agency referredBy) {

  public static final int MAX_SPECIAL_NEEDS = 1000;
  public static final RequestDetails NONE = new RequestDetails(null, "", null, null);

  public RequestDetails {
    specialNeeds = Objects.requireNonNullElse(specialNeeds, "");
  }

  /** The same details with the referring agency the CRM confirmed. */
  public RequestDetails referredBy(Agency agency) {
    return new RequestDetails(sector, specialNeeds, referralId, agency);
  }
}
