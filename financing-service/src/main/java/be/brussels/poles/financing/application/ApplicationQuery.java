package be.brussels.poles.financing.application;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.PageQuery;
import java.util.Optional;

/**
 * A checked list request.
 *
 * @param enterpriseNumber only this company's applications, or all of them
 * @param page which page, newest first
 */
public record ApplicationQuery(Optional<EnterpriseNumber> enterpriseNumber, PageQuery page) {}
