package be.brussels.poles.crm.company;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.util.Optional;

/** Where companies are kept. */
public interface Companies {

  Optional<Company> findByEnterpriseNumber(EnterpriseNumber number);

  /**
   * Stores a new company unless one with the same enterprise number exists, decided by the
   * store's unique index so that two concurrent registrations cannot both win.
   *
   * @return true when stored, false when the number was already taken
   */
  boolean insertIfAbsent(Company company);
}
