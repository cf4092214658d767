package be.brussels.poles.crm.access;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with the CRM's data: the one place these rules live, applied on every path
 * (REST and gRPC alike; the gRPC access policy reuses the same predicates). Levels of data as in
 * the architecture: a company's identity is visible to every staff member, partner systems and
 * the platform's services; a journey's shared headline to the staff of every partner agency; a
 * confidential detail to its owning agency and to agencies holding a grant
 * ({@link DetailGrants}: sharing agreements and team membership).
 */
public final class CrmAccessPolicy {

  /** Staff roles that may add a company to the directory. */
  private static final Set<Role> REGISTERING_ROLES = EnumSet.of(
      Role.INTAKE, Role.ADVISOR, Role.ANALYST, Role.KAM, Role.MANAGER, Role.ADMIN);

  /**
   * The agencies each pole's service account may record journey events for. A pole speaks for
   * its own agencies only: a compromised or buggy guidance service must not be able to write
   * financing decisions into a company's journey. Client ids are the realm's (docs/runtime.md).
   */
  private static final Map<String, Set<Agency>> POLE_EMITTERS = Map.of(
      "guidance-service",
      EnumSet.of(Agency.HUB_1819, Agency.HUB_IMPULSE, Agency.HUB_ATRIUM, Agency.HUB_BIE),
      "financing-service", EnumSet.of(Agency.FINANCE, Agency.GUARANTEE_FUND),
      "housing-service", EnumSet.of(Agency.CITYDEV));

  private final String crmClientId;

  /**
   * @param crmClientId this service's own client id: its service account records events on
   *     behalf of any agency (imports, referrals, events of the CRM itself)
   */
  public CrmAccessPolicy(String crmClientId) {
    this.crmClientId = Objects.requireNonNull(crmClientId, "crmClientId");
  }

  /** Reading a company's identity: any staff member, partner systems, service accounts. */
  public boolean mayReadCompany(Caller caller) {
    return caller.isStaff() || caller.isService() || caller.hasRole(Role.PARTNER);
  }

  /**
   * Registering a company: staff working on cases (not the read-only steering committee) or a
   * service account. Partner systems only cross-reference.
   */
  public boolean mayRegisterCompany(Caller caller) {
    if (caller.isService()) {
      return true;
    }
    return caller.isStaff() && !caller.belongsTo(Agency.STEERING)
        && REGISTERING_ROLES.stream().anyMatch(caller::hasRole);
  }

  /** Appending journey events: service accounts only (poles deliver them from their outbox). */
  public boolean mayAppendJourney(Caller caller) {
    return caller.isService();
  }

  /** Whether a service account may record an event owned by {@code agency}. */
  public boolean mayRecordFor(Caller caller, Agency agency) {
    if (!caller.isService()) {
      return false;
    }
    if (caller.clientId().equals(crmClientId)) {
      return true;
    }
    return POLE_EMITTERS.getOrDefault(caller.clientId(), Set.of()).contains(agency);
  }

  /**
   * Listing a company's journey: staff of the partner agencies. The steering committee sees
   * aggregates only; partner systems and service accounts get no timeline.
   */
  public boolean mayListJourney(Caller caller) {
    return caller.isStaff() && !caller.belongsTo(Agency.STEERING);
  }

  /**
   * Whether {@code reader} may see the detail of an entry owned by {@code owner}. Shared detail
   * is for every reader of the journey; confidential detail for the owning agency and for
   * agencies {@code grants} opens it to. Anyone else sees the entry redacted: agency, type,
   * date, headline and contact stay visible, only the detail is withheld.
   */
  public boolean mayReadDetail(Caller reader, Agency owner, Confidentiality level,
      DetailGrants grants) {
    if (!mayListJourney(reader)) {
      return false;
    }
    if (level == Confidentiality.SHARED) {
      return true;
    }
    return reader.belongsTo(owner) || grants.opens(owner);
  }

  /**
   * The basis on which {@code reader} may read {@code owner}'s protected data of
   * {@code category} about a company (its own agency's, or opened by {@code grants}), or empty
   * when the reader may not. The basis goes into the access log with the read.
   */
  public Optional<AccessBasis> protectedDataBasis(Caller reader, Agency owner,
      DataCategory category, DetailGrants grants) {
    if (!mayListJourney(reader)) {
      return Optional.empty();
    }
    if (reader.belongsTo(owner)) {
      return Optional.of(AccessBasis.ownAgency(owner));
    }
    return grants.basis(owner, category);
  }

  /**
   * The caller's agency when the caller works on cases for a partner agency (teams, referrals):
   * staff of any agency but the steering committee with a case-working role; otherwise a 403.
   */
  public Agency requireCaseWorker(Caller caller, String what) {
    require(caller.isStaff() && !caller.belongsTo(Agency.STEERING)
        && REGISTERING_ROLES.stream().anyMatch(caller::hasRole),
        "only case workers of a partner agency (intake, advisor, analyst, kam, manager, admin) "
            + what);
    return caller.requireAgency();
  }

  /** Querying the access log: auditors. */
  public boolean mayAudit(Caller caller) {
    return caller.isStaff() && caller.hasRole(Role.AUDITOR);
  }

  public void requireAudit(Caller caller) {
    require(mayAudit(caller), "only auditors may query the access log");
  }

  public void requireReadCompany(Caller caller) {
    require(mayReadCompany(caller), "only staff, partner systems and services may read companies");
  }

  public void requireRegisterCompany(Caller caller) {
    require(mayRegisterCompany(caller),
        "registering a company needs one of the roles intake, advisor, analyst, kam, manager, admin");
  }

  public void requireAppendJourney(Caller caller) {
    require(mayAppendJourney(caller), "only service accounts may append journey events");
  }

  /** @param field the input naming the agency, for the message */
  public void requireRecordFor(Caller caller, Agency agency, String field) {
    require(mayRecordFor(caller, agency),
        caller.clientId() + " may not record events of " + agency + " (" + field + ")");
  }

  public void requireListJourney(Caller caller) {
    require(mayListJourney(caller), "only staff of the partner agencies may read a journey");
  }

  private static void require(boolean allowed, String message) {
    if (!allowed) {
      throw new AccessDeniedException(message);
    }
  }
}
