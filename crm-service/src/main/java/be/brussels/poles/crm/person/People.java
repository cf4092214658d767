package be.brussels.poles.crm.person;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.util.List;
import java.util.Optional;

/** Where persons are kept, one document each with their company roles. */
public interface People {

  void insert(Person person);

  Optional<Person> find(String personId);

  /**
   * Replaces a person read at {@code person.version() - 1}.
   *
   * @return false on a stale version
   */
  boolean replace(Person person);

  /** The persons holding (or having held) a role in {@code company}, by last then first name. */
  List<Person> ofCompany(EnterpriseNumber company, int offset, int limit);

  long countOfCompany(EnterpriseNumber company);

  /**
   * Persons of {@code owner} with a name word starting with each of {@code words} (normalised:
   * lower case, no accents), by last then first name.
   */
  List<Person> search(Agency owner, List<String> words, int offset, int limit);

  long count(Agency owner, List<String> words);
}
