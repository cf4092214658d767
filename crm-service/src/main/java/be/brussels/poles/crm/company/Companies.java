package be.brussels.poles.crm.company;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where companies are kept. */
public interface Companies {

  Optional<Company> findByEnterpriseNumber(EnterpriseNumber number);

  /** The known companies among {@code numbers}, by number (one query, for import batches). */
  Map<EnterpriseNumber, Company> findByEnterpriseNumbers(Collection<EnterpriseNumber> numbers);

  /**
   * Stores a new company unless one with the same enterprise number exists, decided by the
   * store's unique index so that two concurrent registrations cannot both win.
   *
   * @return true when stored, false when the number was already taken
   */
  boolean insertIfAbsent(Company company);

  /**
   * Stores new companies in one unordered write; one whose number is already taken is skipped.
   *
   * @return how many were stored
   */
  int insertAllIfAbsent(List<Company> companies);

  /**
   * Replaces the KBO data, name and profile of companies read at their version; one changed
   * since is skipped (the next import brings it up to date).
   *
   * @return how many were updated
   */
  int updateKbo(List<Company> companies);

  /**
   * Replaces the profile of a company read at {@code expectedVersion}.
   *
   * @return false when the company changed since (or is gone): a stale write
   */
  boolean updateProfile(String companyId, long expectedVersion, CompanyProfile profile);

  /**
   * Sets (or with null clears) {@code mergedInto} of a company read at {@code expectedVersion}.
   *
   * @return false on a stale version
   */
  boolean setMergedInto(String companyId, long expectedVersion, EnterpriseNumber survivor);

  /** Increments the version of a company read at {@code expectedVersion} (it took part in a merge). */
  boolean touch(String companyId, long expectedVersion);

  /** True when no company is stored at all. */
  boolean isEmpty();

  /** Every company, in no particular order, for building the search index. */
  void forEach(Consumer<Company> action);
}
