package be.brussels.poles.housing.inventory;

import be.brussels.poles.kit.web.MoneyInput;
import java.math.BigDecimal;

/**
 * The body of {@code POST /sites/{siteId}/units}, as received.
 *
 * @param type one of the unit types (OFFICE, WORKSHOP, LAB, DESK, PLOT, STORAGE)
 * @param reference the operator's name for the unit, e.g. "B2.04"
 * @param surface whole m², 1-100,000
 * @param monthlyPrice the asking price a month, {"currency": "EUR", "value": "1450.00"}
 * @param availableFrom ISO date from which it can be let
 * @param availableUntil optional ISO date, the last day it can be let
 */
public record UnitBody(String type, String reference, BigDecimal surface, MoneyInput monthlyPrice,
    String availableFrom, String availableUntil) {}
