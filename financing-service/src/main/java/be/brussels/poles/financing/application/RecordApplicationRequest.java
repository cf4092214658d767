package be.brussels.poles.financing.application;

import be.brussels.poles.kit.web.MoneyInput;
import java.util.List;

/**
 * The body of {@code POST /applications}, as received. Values are text so that
 * {@link ApplicationInput} checks all of them at once and names each wrong one; an object or
 * array where a value belongs is refused while reading, naming the field.
 *
 * @param enterpriseNumber any accepted notation, e.g. "0403.019.261" or "BE0403019261"
 * @param instrument one of {@link be.brussels.poles.financing.catalogue.Instrument}
 * @param amount the requested amount, {"currency": "EUR", "value": "25000.00"}; the value may be
 *     a JSON number, taken as its literal text
 * @param purpose what the money is for, 1-500 characters
 * @param productCode optional: the catalogue product; absent, the instrument's first product
 * @param useOfFunds optional: what the money pays for (values of UseOfFunds)
 * @param coFinanciers optional: who finances alongside
 * @param documents optional: the documents handed in, by name
 * @param referralId optional: the CRM referral that sent the company
 */
public record RecordApplicationRequest(String enterpriseNumber, String instrument,
    MoneyInput amount, String purpose, String productCode, List<String> useOfFunds,
    List<CoFinancierInput> coFinanciers, List<String> documents, String referralId) {

  /** A co-financier: kind (BANK, BUSINESS_ANGEL, ...) and name. */
  public record CoFinancierInput(String kind, String name) {}
}
