package be.brussels.poles.financing.portfolio;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;

/**
 * The portfolio is aggregates: financing-pole staff read and export it, and so does the SBA
 * steering committee (aggregates only, by design). Nobody else.
 */
public final class PortfolioAccess {

  private PortfolioAccess() {}

  public static void requireMayRead(Caller caller) {
    boolean financing = caller.isStaff()
        && caller.agency().map(a -> a.pole() == Agency.Pole.FINANCING).orElse(false);
    boolean steering = caller.isStaff() && caller.belongsTo(Agency.STEERING);
    if (!financing && !steering) {
      throw new AccessDeniedException("the portfolio is for financing staff and the steering"
          + " committee");
    }
    caller.requireAnyRole(Role.ANALYST, Role.COMMITTEE, Role.MANAGER, Role.AUDITOR, Role.ADMIN);
  }
}
