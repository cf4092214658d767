package be.brussels.poles.crm.merge;

import be.brussels.poles.crm.company.Companies;
import be.brussels.poles.crm.company.Company;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.journey.JourneyEvent;
import be.brussels.poles.crm.journey.JourneyStore;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Merges a duplicate company record into the surviving one, and undoes it. The duplicate is
 * kept, marked {@code mergedInto}, so that its number resolves to the survivor everywhere (REST,
 * gRPC: other services learn the redirect when they look it up); its journey moves to the
 * survivor, tagged so the undo moves exactly those events back. Each merge is an audit entry
 * (who, when, why, how many events moved), and both merge and undo are journey events of the
 * survivor. Managers and administrators of the partner agencies merge.
 *
 * <p>No multi-document transaction exists on the embedded server: the steps run in an order
 * where a crash leaves a merge that can be finished by merging again (the versions will have
 * moved, so the caller reads again) rather than two live copies.
 */
public final class CompanyMerger {

  static final String MERGED_TYPE = "crm.company.merged";
  static final String UNDONE_TYPE = "crm.company.merge_undone";
  static final int MAX_REASON = 500;

  private final Companies companies;
  private final CompanyMerges merges;
  private final CompanyChanges changes;
  private final JourneyStore journey;
  private final Clock clock;

  public CompanyMerger(Companies companies, CompanyMerges merges, CompanyChanges changes,
      JourneyStore journey, Clock clock) {
    this.companies = companies;
    this.merges = merges;
    this.changes = changes;
    this.journey = journey;
    this.clock = clock;
  }

  public CompanyMerge merge(Caller caller, EnterpriseNumber duplicateNumber,
      long duplicateVersion, EnterpriseNumber survivorNumber, long survivorVersion,
      String reason) {
    requireMayMerge(caller);
    if (duplicateNumber.equals(survivorNumber)) {
      throw new InvalidInputException("into", "must be another company than the duplicate");
    }
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "is required, at most " + MAX_REASON + " characters");
    }
    Company duplicate = live(duplicateNumber, "duplicate");
    Company survivor = live(survivorNumber, "survivor");
    if (duplicate.version() != duplicateVersion || survivor.version() != survivorVersion) {
      throw new ConflictException("one of the companies changed since you read it; read both again");
    }
    if (!companies.touch(survivor.companyId(), survivorVersion)
        || !companies.setMergedInto(duplicate.companyId(), duplicateVersion, survivorNumber)) {
      throw new ConflictException("one of the companies changed since you read it; read both again");
    }
    Instant now = now();
    String mergeId = UUID.randomUUID().toString();
    long moved = merges.moveJourney(duplicateNumber, survivorNumber, mergeId);
    CompanyMerge merge = new CompanyMerge(mergeId, duplicateNumber, duplicate.companyId(),
        survivorNumber, survivor.companyId(), reason.strip(), caller.username(), now, moved,
        null, null);
    merges.insert(merge);
    event(caller, "merge." + mergeId, survivorNumber, MERGED_TYPE,
        "Duplicate record " + duplicateNumber.formatted() + " merged into this company", now);
    changes.changed(duplicate.withMergedInto(survivorNumber));
    changes.changed(new Company(survivor.companyId(), survivorNumber, survivor.name(),
        survivor.registeredAt(), survivor.registeredBy(), survivorVersion + 1, survivor.kbo(),
        survivor.profile()));
    return merge;
  }

  /** Undoes a merge: the duplicate lives again with the journey events it brought. */
  public CompanyMerge undo(Caller caller, String mergeId) {
    requireMayMerge(caller);
    CompanyMerge merge = get(caller, mergeId);
    if (merge.undone()) {
      throw new ConflictException("merge " + mergeId + " was already undone");
    }
    Company duplicate = companies.findByEnterpriseNumber(merge.duplicate()).orElseThrow();
    if (!merge.survivor().equals(duplicate.mergedInto())
        || !companies.setMergedInto(duplicate.companyId(), duplicate.version(), null)) {
      throw new ConflictException("the duplicate changed since the merge; undo by hand");
    }
    merges.moveJourneyBack(mergeId, merge.duplicate());
    Instant now = now();
    merges.markUndone(mergeId, caller.username(), now);
    event(caller, "merge." + mergeId + ".undone", merge.survivor(), UNDONE_TYPE,
        "Merge of " + merge.duplicate().formatted() + " into this company undone", now);
    changes.changed(duplicate.withMergedInto(null));
    return get(caller, mergeId);
  }

  public CompanyMerge get(Caller caller, String mergeId) {
    requireMayMerge(caller);
    return merges.find(mergeId).orElseThrow(() -> new NotFoundException("no merge " + mergeId));
  }

  public Page<CompanyMerge> list(Caller caller, PageQuery page) {
    requireMayMerge(caller);
    return merges.list(page);
  }

  private Company live(EnterpriseNumber number, String role) {
    Company company = companies.findByEnterpriseNumber(number).orElseThrow(
        () -> new NotFoundException("no company with enterprise number " + number));
    if (company.merged()) {
      throw new ConflictException("the " + role + " " + number + " was already merged into "
          + company.mergedInto());
    }
    return company;
  }

  private void event(Caller caller, String eventId, EnterpriseNumber company, String type,
      String headline, Instant at) {
    Agency agency = caller.requireAgency();
    journey.append(List.of(new JourneyEvent(eventId, company, agency, type, at, headline,
        new JourneyEvent.Contact(caller.displayName(), caller.email()), Confidentiality.SHARED,
        "", "merge")), at);
  }

  private static void requireMayMerge(Caller caller) {
    if (!caller.isStaff() || caller.belongsTo(Agency.STEERING)
        || !caller.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
      throw new AccessDeniedException("only managers and administrators merge companies");
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
