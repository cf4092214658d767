package be.brussels.poles.housing.request;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.PageQuery;
import java.util.Optional;

/**
 * A checked list request.
 *
 * @param enterpriseNumber only this company's requests, or all of them
 * @param page which page, newest first
 */
public record LocationRequestQuery(Optional<EnterpriseNumber> enterpriseNumber, PageQuery page) {}
