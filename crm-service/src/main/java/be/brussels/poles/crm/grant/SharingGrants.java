package be.brussels.poles.crm.grant;

import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sharing agreements between agencies: created and revoked by the owning agency's managers,
 * readable by both agencies and by auditors, and evaluated on every read of protected data.
 */
public final class SharingGrants {

  static final int MAX_TEXT = 300;

  private final SharingGrantStore store;
  private final Clock clock;

  public SharingGrants(SharingGrantStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A grant as a manager asks for it, before any check. */
  public record NewGrant(Agency to, String purpose, String legalBasis,
      Set<DataCategory> categories, Instant validFrom, Optional<Instant> validUntil,
      Optional<EnterpriseNumber> company) {}

  /**
   * Creates a grant from the caller's agency (its managers and admins decide what it shares).
   *
   * @throws InvalidInputException naming every bad field
   */
  public SharingGrant create(Caller caller, NewGrant request) {
    Agency from = requireManager(caller);
    List<FieldViolation> violations = new ArrayList<>();
    if (request.to() == null) {
      violations.add(new FieldViolation("toAgency", "is required"));
    } else if (request.to() == from || request.to() == Agency.STEERING) {
      violations.add(new FieldViolation("toAgency",
          "must be another partner agency (not your own, not the steering committee)"));
    }
    String purpose = QueryParams.requiredText(request.purpose(), "purpose", MAX_TEXT, violations);
    String legalBasis = QueryParams.requiredText(request.legalBasis(), "legalBasis", MAX_TEXT, violations);
    if (request.categories() == null || request.categories().isEmpty()) {
      violations.add(new FieldViolation("categories", "must name at least one data category"));
    }
    if (request.validFrom() == null) {
      violations.add(new FieldViolation("validFrom", "is required"));
    } else if (request.validUntil().isPresent()
        && !request.validUntil().get().isAfter(request.validFrom())) {
      violations.add(new FieldViolation("validUntil", "must be after validFrom"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SharingGrant grant = new SharingGrant(UUID.randomUUID().toString(), from, request.to(),
        purpose, legalBasis, request.categories(), request.validFrom().truncatedTo(ChronoUnit.MILLIS),
        request.validUntil().map(u -> u.truncatedTo(ChronoUnit.MILLIS)), request.company(),
        caller.username(), now, Optional.empty(), "", 1);
    store.insert(grant);
    return grant;
  }

  /**
   * Ends a grant now. Only the owning agency's managers; a stale version is a conflict.
   */
  public SharingGrant revoke(Caller caller, String grantId, long expectedVersion) {
    Agency agency = requireManager(caller);
    SharingGrant grant = find(caller, grantId);
    if (grant.from() != agency) {
      throw new AccessDeniedException("only " + grant.from() + " may revoke its own grant");
    }
    if (grant.revokedAt().isPresent()) {
      throw new BusinessRuleException("grantId", "grant " + grantId + " is already revoked");
    }
    if (!store.revoke(grantId, expectedVersion, caller.username(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
      throw new ConflictException("grant " + grantId + " changed since version "
          + expectedVersion + "; reload it and try again");
    }
    return store.findById(grantId).orElseThrow();
  }

  /** One grant, for its two agencies and auditors; 404 for anyone else (no existence leak). */
  public SharingGrant find(Caller caller, String grantId) {
    SharingGrant grant = store.findById(grantId)
        .orElseThrow(() -> new NotFoundException("no sharing grant " + grantId));
    if (!isAuditor(caller) && !caller.belongsTo(grant.from()) && !caller.belongsTo(grant.to())) {
      throw new NotFoundException("no sharing grant " + grantId);
    }
    return grant;
  }

  /** The grants from or to the caller's agency; every grant for auditors. */
  public Page<SharingGrant> list(Caller caller, PageQuery page) {
    if (isAuditor(caller)) {
      return store.page(Optional.empty(), page);
    }
    if (!caller.isStaff() || caller.belongsTo(Agency.STEERING)) {
      throw new AccessDeniedException("only staff of the partner agencies and auditors see grants");
    }
    return store.page(caller.agency(), page);
  }

  /** What the grants in force open to the reader's agency about {@code company}. */
  public DetailGrants openingsFor(Caller reader, EnterpriseNumber company, Instant at) {
    if (reader.agency().isEmpty()) {
      return DetailGrants.none();
    }
    List<DetailGrants.Opening> openings = new ArrayList<>();
    for (SharingGrant grant : store.activeTo(reader.agency().get(), company, at)) {
      if (grant.activeAt(at)) {
        openings.add(new DetailGrants.Opening(grant.from(), grant.categories(), grant.basis()));
      }
    }
    return openings.isEmpty() ? DetailGrants.none() : new DetailGrants(openings);
  }

  private static boolean isAuditor(Caller caller) {
    return caller.isStaff() && caller.hasRole(Role.AUDITOR);
  }

  private static Agency requireManager(Caller caller) {
    if (!caller.isStaff() || caller.belongsTo(Agency.STEERING)
        || !caller.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
      throw new AccessDeniedException(
          "only managers and admins of a partner agency share its data");
    }
    return caller.requireAgency();
  }


}
