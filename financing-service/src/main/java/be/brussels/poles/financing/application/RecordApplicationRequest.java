package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.kit.web.MoneyInput;

/**
 * The body of {@code POST /applications}, as received. Values are text so that
 * {@link ApplicationInput} checks all of them at once and names each wrong one; an object or
 * array where a value belongs is refused while reading, naming the field.
 *
 * @param enterpriseNumber any accepted notation, e.g. "0403.019.261" or "BE0403019261"
 * @param instrument one of {@link Instrument}
 * @param amount the requested amount, {"currency": "EUR", "value": "25000.00"}; the value may be
 *     a JSON number, taken as its literal text
 * @param purpose what the money is for, 1-500 characters
 */
public record RecordApplicationRequest(String enterpriseNumber, String instrument,
    MoneyInput amount, String purpose) {}
