package be.brussels.poles.housing.request;

import be.brussels.poles.kit.web.MoneyInput;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /location-requests}, as received; {@link LocationRequestInput} checks
 * every field at once and names each wrong one. Surfaces are read as exact numbers (so that 80.5
 * is refused, not truncated to 80 as an int field would); an object or array where a value
 * belongs is refused while reading, naming the field.
 *
 * @param enterpriseNumber any accepted notation, e.g. "0403.019.261"
 * @param unitType one of {@link UnitType}
 * @param surfaceMin whole m², 1-100,000
 * @param surfaceMax whole m², 1-100,000, at least surfaceMin
 * @param maxMonthlyBudget optional, {"currency": "EUR", "value": "2500.00"}
 * @param communes 0-19 communes by constant or French/Dutch name; none means anywhere
 * @param wantedFrom ISO date "2026-09-01", from yesterday to five years ahead
 * @param sector optional, the company's sector (for the sector fit of matching)
 * @param specialNeeds optional free text, at most 1000 characters (confidential)
 * @param referralId optional, the CRM referral this request answers when another pole sent
 *     the company (the CRM's referral id, kept as a reference)
 */
public record RecordLocationRequestBody(String enterpriseNumber, String unitType,
    BigDecimal surfaceMin, BigDecimal surfaceMax, MoneyInput maxMonthlyBudget,
    List<String> communes, String wantedFrom, String sector, String specialNeeds,
    String referralId) {}
