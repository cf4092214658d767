package be.brussels.poles.housing.lease;

import be.brussels.poles.housing.inventory.Lease;
import be.brussels.poles.housing.inventory.LeaseKind;
import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;

/**
 * The journey events of leases. Headlines say which premises and when (shared with every
 * partner); the rent is confidential detail. End-of-lease and growth signals carry nothing
 * confidential: they are meant for the guidance pole, to offer help in time.
 */
public final class LeaseJourney {

  public static final String SIGNED = "housing.lease.signed";
  public static final String TERMINATED = "housing.lease.terminated";
  public static final String ENDING = "housing.lease.ending";
  public static final String OUTGROWING = "housing.company.outgrowing";

  private LeaseJourney() {}

  /** "Lease signed: office O01 (40 m²) at Centre X, Auderghem/Oudergem, 2026-12-01 to ...". */
  public static PendingJourneyEvent signed(Unit unit, Lease lease, Agency agency) {
    String what = lease.kind() == LeaseKind.BIE_INVESTOR_OFFICE
        ? "Free BIE starter-centre office allocated: " : "Lease signed: ";
    return PendingJourneyEvent.create(lease.enterpriseNumber(), agency, SIGNED, lease.signedAt(),
        what + premises(unit) + ", " + lease.start() + " to " + lease.end(),
        lease.signedBy().name(), lease.signedBy().email(), Confidentiality.CONFIDENTIAL,
        "Monthly rent: " + lease.monthlyRent().display() + "\nKind: " + lease.kind().labels().en()
            + (lease.requestId() == null ? "" : "\nLocation request: " + lease.requestId()),
        lease.leaseId().toString());
  }

  public static PendingJourneyEvent terminated(Unit unit, Lease lease, Agency agency,
      Officer by, Instant at) {
    return PendingJourneyEvent.create(lease.enterpriseNumber(), agency, TERMINATED, at,
        "Lease ended early: " + premises(unit) + ", last day " + lease.end(), by.name(),
        by.email(), Confidentiality.SHARED, "", lease.leaseId().toString());
  }

  /** The end-of-lease signal, for the guidance pole to help find what comes next. */
  public static PendingJourneyEvent ending(Unit unit, Lease lease, Instant at) {
    return PendingJourneyEvent.create(lease.enterpriseNumber(), Agency.CITYDEV, ENDING, at,
        "Lease ends on " + lease.end() + ": " + premises(unit)
            + "; the company may need new premises",
        lease.signedBy().name(), lease.signedBy().email(), Confidentiality.SHARED, "",
        lease.leaseId().toString());
  }

  /** The growth signal: the company asks for more room than its current unit has. */
  public static PendingJourneyEvent outgrowing(Unit unit, Lease lease, int surfaceWanted,
      Agency agency, Officer by, Instant at, String requestId) {
    return PendingJourneyEvent.create(lease.enterpriseNumber(), agency, OUTGROWING, at,
        "Company outgrowing its premises: " + unit.surface() + " m\u00b2 now, looking for "
            + surfaceWanted + " m\u00b2 or more",
        by.name(), by.email(), Confidentiality.SHARED,
        "Current premises: " + premises(unit) + "\nLocation request: " + requestId,
        requestId);
  }

  static String premises(Unit unit) {
    return unit.type().label() + " " + unit.reference() + " (" + unit.surface() + " m\u00b2) at "
        + unit.siteName() + ", " + unit.commune().bilingualName();
  }
}
