package be.brussels.poles.financing.application;

import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;

/**
 * Who may do what with financing applications, decided here on every path (REST and gRPC).
 * Recording and reading the records (amounts, purpose) is for financing-pole staff
 * (finance.brussels, the Brussels Guarantee Fund); the CRM's 360 summary follows the platform
 * rule ({@link PoleAccess#maySeeCompanySummary}), with amounts only for the owning agency.
 */
public final class FinancingAccess {

  private static final Role[] RECORDERS = {Role.ANALYST, Role.ADVISOR, Role.MANAGER, Role.ADMIN};
  private static final Role[] STAFF_ROLES = {Role.INTAKE, Role.ADVISOR, Role.ANALYST,
      Role.COMMITTEE, Role.KAM, Role.MANAGER, Role.AUDITOR, Role.ADMIN};
  private static final String RECORDS = "financing applications";

  private FinancingAccess() {}

  /** Financing-pole staff with the analyst, advisor, manager or admin role; returns the agency. */
  public static Agency requireMayRecord(Caller caller) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.FINANCING, RECORDS);
    caller.requireAnyRole(RECORDERS);
    return agency;
  }

  /** Financing-pole staff (any staff role) read applications, amounts included. */
  public static Agency requireMayRead(Caller caller) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.FINANCING, RECORDS);
    caller.requireAnyRole(STAFF_ROLES);
    return agency;
  }

  /** Staff of any agency but the steering committee, or the CRM's service account. */
  public static boolean maySeeSummary(Caller caller) {
    return PoleAccess.maySeeCompanySummary(caller);
  }

  /** Amounts only for the agency that owns the application. */
  public static boolean maySeeAmounts(Caller caller, FinancingApplication application) {
    return caller.isStaff() && caller.agency().map(application::isOwnedBy).orElse(false);
  }
}
