package be.brussels.poles.kit.security;

import be.brussels.poles.kit.error.AccessDeniedException;

/**
 * The access rules every pole applies identically (architecture: authorise in the service that
 * owns the data). What each role may do inside a pole stays the pole's decision.
 */
public final class PoleAccess {

  /** The client id of the CRM's service account, which asks the poles for summaries. */
  public static final String CRM_CLIENT_ID = "crm-service";

  private PoleAccess() {}

  /**
   * Who may read a pole's shared headline of a company ({@code GetCompanySummary}): staff of any
   * agency except the steering committee (aggregates only), and the CRM's service account.
   * Partner systems and other services may not.
   */
  public static boolean maySeeCompanySummary(Caller caller) {
    if (caller.isService()) {
      return CRM_CLIENT_ID.equals(caller.clientId());
    }
    return caller.isStaff() && !caller.belongsTo(Agency.STEERING);
  }

  /**
   * The caller's agency when the caller is a staff member of {@code pole}; otherwise a 403
   * ("only staff of the financing pole work on financing applications").
   *
   * @param records what the pole keeps, for the message, e.g. "financing applications"
   */
  public static Agency requirePoleStaff(Caller caller, Agency.Pole pole, String records) {
    if (!caller.isStaff() || caller.agency().map(Agency::pole).orElse(Agency.Pole.NONE) != pole) {
      throw new AccessDeniedException("only staff of the " + pole.name().toLowerCase(
          java.util.Locale.ROOT) + " pole work on " + records);
    }
    return caller.requireAgency();
  }
}
