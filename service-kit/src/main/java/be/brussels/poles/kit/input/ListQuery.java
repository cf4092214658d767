package be.brussels.poles.kit.input;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pole's REST list is asked, the same on every service
 * ({@code GET ?enterpriseNumber=&page=&size=}): one company's records or everyone's, and which
 * page, newest first.
 *
 * @param enterpriseNumber only this company's records, or all of them
 * @param page which page
 */
public record ListQuery(Optional<EnterpriseNumber> enterpriseNumber, PageQuery page) {

  public ListQuery {
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(page, "page");
  }

  /**
   * Checks the query parameters as they arrive (text); absent ones take their defaults (every
   * company, page 0 of 50). The enterprise number may be in any notation.
   *
   * @throws InvalidInputException naming every bad parameter at once
   */
  public static ListQuery parse(String enterpriseNumber, String page, String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<EnterpriseNumber> number = Optional.empty();
    if (enterpriseNumber != null && !enterpriseNumber.isBlank()) {
      number = Optional.ofNullable(InputChecks.collect(violations,
          () -> EnterpriseNumber.parse(enterpriseNumber, "enterpriseNumber")));
    }
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return new ListQuery(number, pageQuery);
  }
}
