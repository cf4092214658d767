package be.brussels.poles.kit.crm;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CRM said about a referral a pole is about to link a record to.
 *
 * @param status FOUND, UNKNOWN (the CRM answered: no such referral for this caller) or
 *     UNAVAILABLE (no answer in time; the pole may keep the id and go on)
 * @param enterpriseNumber the company referred, when found
 * @param fromAgency the referring agency, when found
 * @param toAgency the receiving agency, when found
 * @param referrerName the person who referred, empty unless found
 * @param referrerEmail may be empty
 */
public record ReferralLookup(String referralId, Status status,
    Optional<EnterpriseNumber> enterpriseNumber, Optional<Agency> fromAgency,
    Optional<Agency> toAgency, String referrerName, String referrerEmail) {

  public enum Status { FOUND, UNKNOWN, UNAVAILABLE }

  public ReferralLookup {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(fromAgency, "fromAgency");
    Objects.requireNonNull(toAgency, "toAgency");
    referrerName = Objects.requireNonNullElse(referrerName, "");
    referrerEmail = Objects.requireNonNullElse(referrerEmail, "");
  }

  public static ReferralLookup unknown(String referralId) {
    return new ReferralLookup(referralId, Status.UNKNOWN, Optional.empty(), Optional.empty(),
        Optional.empty(), "", "");
  }

  public static ReferralLookup unavailable(String referralId) {
    return new ReferralLookup(referralId, Status.UNAVAILABLE, Optional.empty(), Optional.empty(),
        Optional.empty(), "", "");
  }
}
