package be.brussels.poles.crm.grant;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sharing grants are kept. */
public interface SharingGrantStore {

  void insert(SharingGrant grant);

  Optional<SharingGrant> findById(String grantId);

  /**
   * Marks the grant revoked if it is still at {@code expectedVersion}.
   *
   * @return false when its version moved on (or it does not exist)
   */
  boolean revoke(String grantId, long expectedVersion, String by, Instant at);

  /** The grants to {@code to} in force at {@code at} for {@code company} (or every company). */
  List<SharingGrant> activeTo(Agency to, EnterpriseNumber company, Instant at);

  /**
   * Grants from or to {@code agency} (every grant when empty), newest first.
   */
  Page<SharingGrant> page(Optional<Agency> involving, PageQuery page);
}
