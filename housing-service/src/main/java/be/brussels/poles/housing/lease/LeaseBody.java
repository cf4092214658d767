package be.brussels.poles.housing.lease;

import be.brussels.poles.kit.web.MoneyInput;

/**
 * The body of {@code POST /units/{unitId}/leases}, as received.
 *
 * @param enterpriseNumber the tenant, in any notation
 * @param kind STANDARD (default) or BIE_INVESTOR_OFFICE (three free months in a starter centre)
 * @param start ISO date, the first day
 * @param end ISO date, the last day; for a BIE office it is implied (three months) and may be
 *     left out
 * @param monthlyRent required for a standard lease; a BIE office is free
 */
public record LeaseBody(String enterpriseNumber, String kind, String start, String end,
    MoneyInput monthlyRent) {}
