package be.brussels.poles.housing.request;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;

/**
 * Who may do what in the housing pole, decided here on every path (REST and gRPC). Recording
 * and reading the pole's records (budgets, rents, leases, cheques included) is for the housing
 * pole's staff (citydev.brussels); the directory of sites and units is open to every partner
 * agency's staff (it is the region's offer); occupancy figures are aggregates, also for the
 * steering committee; the CRM's 360 summary follows the platform rule
 * ({@link PoleAccess#maySeeCompanySummary}) and carries no confidential detail.
 */
public final class HousingAccess {

  private static final Role[] RECORDERS = {Role.ADVISOR, Role.MANAGER, Role.ADMIN};
  private static final Role[] STAFF_ROLES = {Role.INTAKE, Role.ADVISOR, Role.ANALYST,
      Role.COMMITTEE, Role.KAM, Role.MANAGER, Role.AUDITOR, Role.ADMIN};
  private static final String RECORDS = "location requests";

  private HousingAccess() {}

  /** Housing-pole staff with the advisor, manager or admin role; returns the agency. */
  public static Agency requireMayRecord(Caller caller) {
    return requireMayRecord(caller, RECORDS);
  }

  /**
   * Housing-pole staff with the advisor, manager or admin role; returns the agency.
   *
   * @param records what is being changed, for the message, e.g. "leases"
   */
  public static Agency requireMayRecord(Caller caller, String records) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.HOUSING, records);
    caller.requireAnyRole(RECORDERS);
    return agency;
  }

  /**
   * The BIE starter centre's free office for a prospected foreign investor is allocated by
   * Brussels Invest & Export's staff, who prospect the investors, or by the housing pole's;
   * returns the agency.
   */
  public static Agency requireMayAllocateBieOffice(Caller caller) {
    if (caller.isStaff() && caller.belongsTo(Agency.HUB_BIE)) {
      caller.requireAnyRole(RECORDERS);
      return Agency.HUB_BIE;
    }
    return requireMayRecord(caller, "BIE starter-centre offices");
  }

  /** Housing-pole staff (any staff role) read requests, budgets included. */
  public static Agency requireMayRead(Caller caller) {
    return requireMayRead(caller, RECORDS);
  }

  /** Housing-pole staff (any staff role) read the pole's records, confidential detail included. */
  public static Agency requireMayRead(Caller caller, String records) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.HOUSING, records);
    caller.requireAnyRole(STAFF_ROLES);
    return agency;
  }

  /**
   * The directory of sites and units (with asking prices, which are public offers) is for the
   * staff of every agency but the steering committee.
   */
  public static void requireMayBrowseInventory(Caller caller) {
    if (!caller.isStaff() || caller.belongsTo(Agency.STEERING)) {
      throw new AccessDeniedException("only agency staff browse the housing inventory");
    }
    caller.requireAnyRole(STAFF_ROLES);
  }

  /** Occupancy rates are aggregates: housing-pole staff and the steering committee. */
  public static void requireMayReadOccupancy(Caller caller) {
    if (caller.isStaff() && caller.belongsTo(Agency.STEERING)) {
      caller.requireAnyRole(STAFF_ROLES);
      return;
    }
    requireMayRead(caller, "occupancy");
  }

  /** Staff of any agency but the steering committee, or the CRM's service account. */
  public static boolean maySeeSummary(Caller caller) {
    return PoleAccess.maySeeCompanySummary(caller);
  }
}
