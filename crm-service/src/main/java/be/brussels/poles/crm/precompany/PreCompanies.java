package be.brussels.poles.crm.precompany;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.time.Instant;
import java.util.Optional;

/** Where pre-company records are kept, one document each with its journey inside. */
public interface PreCompanies {

  void insert(PreCompany preCompany);

  Optional<PreCompany> find(String preCompanyId);

  /** Newest first. */
  Page<PreCompany> list(PageQuery page);

  /** Appends one event (append-only: no version needed, nothing can be lost). */
  boolean append(String preCompanyId, PreCompany.Event event);

  /**
   * Marks the record re-keyed if it is still at {@code expectedVersion} and not re-keyed.
   *
   * @return false on a stale version
   */
  boolean markRekeyed(String preCompanyId, long expectedVersion, EnterpriseNumber number,
      Instant at);
}
