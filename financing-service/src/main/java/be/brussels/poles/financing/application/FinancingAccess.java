package be.brussels.poles.financing.application;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;

/**
 * Who may do what with financing applications, decided here on every path (REST and gRPC).
 * Recording and reading the records (amounts, purpose) is for financing-pole staff; the CRM's
 * 360 summary is for every partner agency's staff and the CRM's own service account, with
 * amounts only for the owning agency.
 */
public final class FinancingAccess {

  /** The client id of the CRM service account, which may ask for summaries in the background. */
  public static final String CRM_CLIENT_ID = "crm-service";

  private static final Role[] RECORDERS = {Role.ANALYST, Role.ADVISOR, Role.MANAGER, Role.ADMIN};
  private static final Role[] STAFF_ROLES = {Role.INTAKE, Role.ADVISOR, Role.ANALYST,
      Role.COMMITTEE, Role.KAM, Role.MANAGER, Role.AUDITOR, Role.ADMIN};

  private FinancingAccess() {}

  /** Financing-pole staff with the analyst, advisor, manager or admin role; returns the agency. */
  public static Agency requireMayRecord(Caller caller) {
    Agency agency = requirePoleStaff(caller);
    caller.requireAnyRole(RECORDERS);
    return agency;
  }

  /** Financing-pole staff (any staff role) read applications, amounts included. */
  public static Agency requireMayRead(Caller caller) {
    Agency agency = requirePoleStaff(caller);
    caller.requireAnyRole(STAFF_ROLES);
    return agency;
  }

  /** Staff of any agency but the steering committee, or the CRM's service account. */
  public static boolean maySeeSummary(Caller caller) {
    if (caller.isService()) {
      return CRM_CLIENT_ID.equals(caller.clientId());
    }
    return caller.isStaff() && !caller.belongsTo(Agency.STEERING);
  }

  /** Amounts only for the agency that owns the application. */
  public static boolean maySeeAmounts(Caller caller, FinancingApplication application) {
    return caller.isStaff() && caller.agency().map(application::isOwnedBy).orElse(false);
  }

  private static Agency requirePoleStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new AccessDeniedException("only financing-pole staff work on financing applications");
    }
    Agency agency = caller.requireAgency();
    if (agency.pole() != Agency.Pole.FINANCING) {
      throw new AccessDeniedException(
          "only finance.brussels and the Brussels Guarantee Fund work on financing applications");
    }
    return agency;
  }
}
