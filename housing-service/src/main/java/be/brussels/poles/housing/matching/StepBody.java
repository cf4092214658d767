package be.brussels.poles.housing.matching;

import be.brussels.poles.kit.web.MoneyInput;
import java.util.List;

/**
 * The body of {@code POST /location-requests/{id}/steps}: one workflow step, conditional on
 * the request's version.
 *
 * @param step UNITS_PROPOSED, VISIT_PLANNED, OFFER_MADE, OFFER_ACCEPTED or DECLINED (LEASED is
 *     reached by {@code POST /location-requests/{id}/lease})
 * @param version the request version the client read
 * @param unitIds for UNITS_PROPOSED: 1-10 units of the requested type
 * @param unitId for VISIT_PLANNED and OFFER_MADE: a proposed unit
 * @param visitOn for VISIT_PLANNED: ISO date, today or later
 * @param monthlyRent for OFFER_MADE
 * @param reason for DECLINED: why, at most 1000 characters
 */
public record StepBody(String step, Long version, List<String> unitIds, String unitId,
    String visitOn, MoneyInput monthlyRent, String reason) {}
