package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;

/**
 * The catalogue is public knowledge of the pole: every staff member of every agency but the
 * steering committee reads it and checks eligibility (advisers prepare files with it). Machines
 * and the steering committee do not.
 */
public final class CatalogueAccess {

  private static final Role[] STAFF_ROLES = {Role.INTAKE, Role.ADVISOR, Role.ANALYST,
      Role.COMMITTEE, Role.KAM, Role.MANAGER, Role.ADMIN};

  private CatalogueAccess() {}

  public static void requireMayRead(Caller caller) {
    if (!caller.isStaff() || caller.belongsTo(Agency.STEERING)) {
      throw new AccessDeniedException("the financing catalogue is for agency staff");
    }
    caller.requireAnyRole(STAFF_ROLES);
  }
}
