package be.brussels.poles.crm.merge;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.time.Instant;
import java.util.Optional;

/** Where merges are recorded, and how a company's journey moves with them. */
public interface CompanyMerges {

  void insert(CompanyMerge merge);

  Optional<CompanyMerge> find(String mergeId);

  /** Newest first. */
  Page<CompanyMerge> list(PageQuery page);

  /** @return false when the merge was already undone */
  boolean markUndone(String mergeId, String by, Instant at);

  /**
   * Moves every journey event of {@code from} to {@code to}, tagging each with the merge so the
   * undo moves exactly those back.
   *
   * @return how many moved
   */
  long moveJourney(EnterpriseNumber from, EnterpriseNumber to, String mergeId);

  /** Moves the events {@link #moveJourney} tagged with {@code mergeId} back to {@code to}. */
  long moveJourneyBack(String mergeId, EnterpriseNumber to);
}
