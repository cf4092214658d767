package be.brussels.poles.housing.request;

import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;

/**
 * Who may do what with location requests, decided here on every path (REST and gRPC).
 * Recording and reading the records (budget included) is for the housing pole's staff
 * (citydev.brussels); the CRM's 360 summary follows the platform rule
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
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.HOUSING, RECORDS);
    caller.requireAnyRole(RECORDERS);
    return agency;
  }

  /** Housing-pole staff (any staff role) read requests, budgets included. */
  public static Agency requireMayRead(Caller caller) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.HOUSING, RECORDS);
    caller.requireAnyRole(STAFF_ROLES);
    return agency;
  }

  /** Staff of any agency but the steering committee, or the CRM's service account. */
  public static boolean maySeeSummary(Caller caller) {
    return PoleAccess.maySeeCompanySummary(caller);
  }
}
