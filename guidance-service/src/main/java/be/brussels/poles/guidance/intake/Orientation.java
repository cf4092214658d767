package be.brussels.poles.guidance.intake;

import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A service proposed to the person (from the catalogue), and, when it sends them to another
 * agency of the platform, the referral the CRM tracks.
 *
 * @param referTo the platform agency the person is sent to; empty for a service outside the
 *     platform or of the recording agency
 * @param referralStatus where the CRM referral stands for this orientation
 * @param referral the linked CRM referral, once linked
 */
public record Orientation(String orientationId, String serviceId, String serviceName,
    String provider, Optional<Agency> referTo, ReferralStatus referralStatus,
    Optional<CrmReferral> referral) {

  /** Where the referral link of an orientation stands. */
  public enum ReferralStatus {
    /** Nothing to refer: the service is not another platform agency's. */
    NONE,
    /**
     * A referral is expected: the CRM creates referrals through its REST API (its gRPC API only
     * reads them), so the adviser sends it there and links it here.
     */
    AWAITING_CRM_REFERRAL,
    /** The CRM referral is linked. */
    LINKED,
    /** The person has no enterprise number yet: the CRM keys referrals on one. */
    NO_ENTERPRISE_NUMBER
  }

  public Orientation {
    Objects.requireNonNull(orientationId, "orientationId");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(serviceName, "serviceName");
    provider = Objects.requireNonNullElse(provider, "");
    referTo = Objects.requireNonNullElse(referTo, Optional.empty());
    Objects.requireNonNull(referralStatus, "referralStatus");
    referral = Objects.requireNonNullElse(referral, Optional.empty());
  }

  /** What the adviser proposes: a catalogue service, maybe sent to another agency. */
  public record Proposal(String serviceId, String serviceName, String provider,
      Optional<Agency> referTo) {}

  /** The CRM's referral as linked: its id, who it goes to and its state when last read. */
  public record CrmReferral(String referralId, String enterpriseNumber, Agency fromAgency,
      Agency toAgency, String state, Instant readAt) {}

  static Orientation of(Proposal p, boolean hasEnterpriseNumber) {
    ReferralStatus status = p.referTo().isEmpty() ? ReferralStatus.NONE
        : hasEnterpriseNumber ? ReferralStatus.AWAITING_CRM_REFERRAL
            : ReferralStatus.NO_ENTERPRISE_NUMBER;
    return new Orientation(UUID.randomUUID().toString(), p.serviceId(), p.serviceName(),
        p.provider(), p.referTo(), status, Optional.empty());
  }

  Orientation linked(CrmReferral crmReferral) {
    return new Orientation(orientationId, serviceId, serviceName, provider, referTo,
        ReferralStatus.LINKED, Optional.of(crmReferral));
  }
}
