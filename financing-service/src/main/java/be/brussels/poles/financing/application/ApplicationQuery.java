package be.brussels.poles.financing.application;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.util.Optional;

/**
 * A checked list request.
 *
 * @param enterpriseNumber only this company's applications, or all of them
 * @param page zero-based page number
 * @param size items per page, 1-200
 */
public record ApplicationQuery(Optional<EnterpriseNumber> enterpriseNumber, int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /** Index of the page's first item. */
  public long offset() {
    return (long) page * size;
  }
}
