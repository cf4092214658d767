package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;

/**
 * Who may do what with guidance files, decided here for every path (REST and gRPC). Identity
 * and headline are for partners; the detail is the guidance pole's; the note is the owning
 * agency's alone.
 */
public final class GuidanceFileAccess {

  /** The CRM's service account, which builds the 360 view. */
  static final String CRM_CLIENT_ID = "crm-service";

  private GuidanceFileAccess() {}

  /** Staff of a guidance-pole agency with a role that opens files. */
  public static boolean mayOpen(Caller caller) {
    return isGuidanceStaff(caller)
        && caller.hasAnyRole(Role.ADVISOR, Role.INTAKE, Role.MANAGER, Role.ADMIN);
  }

  public static void requireMayOpen(Caller caller) {
    if (!isGuidanceStaff(caller)) {
      throw new AccessDeniedException("only staff of the guidance pole's agencies open guidance files");
    }
    caller.requireAnyRole(Role.ADVISOR, Role.INTAKE, Role.MANAGER, Role.ADMIN);
  }

  /** Any staff member of a guidance-pole agency reads the pole's files (the note aside). */
  public static void requireMayRead(Caller caller) {
    if (!isGuidanceStaff(caller)) {
      throw new AccessDeniedException("only staff of the guidance pole's agencies read guidance files");
    }
  }

  /** The note is confidential to the agency that owns the file. */
  public static boolean mayReadNote(Caller caller, GuidanceFile file) {
    return caller.isStaff() && caller.belongsTo(file.agency());
  }

  /**
   * The 360 summary (shared headline only): staff of every agency except the steering
   * committee, which sees aggregates only, and the CRM's own service account.
   */
  public static boolean maySeeSummary(Caller caller) {
    if (caller.isService()) {
      return CRM_CLIENT_ID.equals(caller.clientId());
    }
    return caller.isStaff() && !caller.belongsTo(Agency.STEERING);
  }

  private static boolean isGuidanceStaff(Caller caller) {
    return caller.isStaff()
        && caller.agency().map(a -> a.pole() == Agency.Pole.GUIDANCE).orElse(false);
  }
}
