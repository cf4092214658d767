package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;

/**
 * Who may do what with guidance files, decided here for every path (REST and gRPC). Identity
 * and headline are for partners; the detail is the guidance pole's; the note is the owning
 * agency's alone.
 */
public final class GuidanceFileAccess {

  private static final Role[] OPENERS = {Role.ADVISOR, Role.INTAKE, Role.MANAGER, Role.ADMIN};
  private static final String RECORDS = "guidance files";

  private GuidanceFileAccess() {}

  /** Staff of a guidance-pole agency with a role that opens files. */
  public static boolean mayOpen(Caller caller) {
    return caller.isStaff()
        && caller.agency().map(a -> a.pole() == Agency.Pole.GUIDANCE).orElse(false)
        && caller.hasAnyRole(OPENERS);
  }

  public static void requireMayOpen(Caller caller) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    caller.requireAnyRole(OPENERS);
  }

  /** Any staff member of a guidance-pole agency reads the pole's files (the note aside). */
  public static void requireMayRead(Caller caller) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
  }

  /**
   * Changing a file (stage, admission, checklist, sessions, notes, follow-ups, promotion,
   * referrals) is for the staff of the owning agency with a role that opens files.
   */
  public static boolean mayChange(Caller caller, GuidanceFile file) {
    return caller.isStaff() && caller.belongsTo(file.agency()) && caller.hasAnyRole(OPENERS);
  }

  public static void requireMayChange(Caller caller, GuidanceFile file) {
    requireMayRead(caller);
    if (!caller.belongsTo(file.agency())) {
      throw new AccessDeniedException("only staff of " + file.agency() + " change this file");
    }
    caller.requireAnyRole(OPENERS);
  }

  /**
   * A session summary or note at {@code level}, written by {@code authorUsername}: the pole,
   * the owning agency, or its author alone.
   */
  public static boolean mayRead(Caller caller, GuidanceFile file, ConfidentialityLevel level,
      String authorUsername) {
    if (!caller.isStaff() || caller.agency().map(Agency::pole).orElse(Agency.Pole.NONE)
        != Agency.Pole.GUIDANCE) {
      return false;
    }
    return switch (level) {
      case POLE -> true;
      case AGENCY -> caller.belongsTo(file.agency());
      case AUTHOR -> caller.username().equals(authorUsername);
    };
  }

  /** The note is confidential to the agency that owns the file. */
  public static boolean mayReadNote(Caller caller, GuidanceFile file) {
    return caller.isStaff() && caller.belongsTo(file.agency());
  }

  /** The client id of the financing pole's service account. */
  public static final String FINANCING_CLIENT_ID = "financing-service";

  /**
   * The "guidance required" check ({@code CheckOpenGuidanceFile}): the financing pole's service
   * account, which enforces the rule, and staff of every agency except the steering committee
   * (aggregates only). Partner systems and other services may not ask.
   */
  public static boolean mayCheckOpenFile(Caller caller) {
    if (caller.isService()) {
      return FINANCING_CLIENT_ID.equals(caller.clientId());
    }
    return caller.isStaff() && !caller.belongsTo(Agency.STEERING);
  }

  /**
   * The 360 summary (shared headline only), by the platform rule
   * ({@link PoleAccess#maySeeCompanySummary}): staff of every agency except the steering
   * committee, which sees aggregates only, and the CRM's own service account.
   */
  public static boolean maySeeSummary(Caller caller) {
    return PoleAccess.maySeeCompanySummary(caller);
  }
}
