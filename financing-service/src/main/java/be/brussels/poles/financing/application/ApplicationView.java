package be.brussels.poles.financing.application;

/**
 * An application as the REST API returns it to financing-pole staff. Amounts are strings
 * ("25000.00") so that no client reads them into a floating-point number.
 */
public record ApplicationView(
    String applicationId,
    String enterpriseNumber,
    String companyName,
    boolean companyVerified,
    String instrument,
    AmountView amount,
    String purpose,
    String agency,
    ContactView analyst,
    String stage,
    String submittedAt,
    long version) {

  public record AmountView(String currency, String value) {}

  public record ContactView(String name, String email) {}

  static ApplicationView of(FinancingApplication a) {
    return new ApplicationView(
        a.applicationId().toString(),
        a.enterpriseNumber().value(),
        a.companyName(),
        a.companyVerified(),
        a.instrument().name(),
        new AmountView(a.requestedAmount().currencyCode(),
            a.requestedAmount().amount().toPlainString()),
        a.purpose(),
        a.agency().name(),
        new ContactView(a.analyst().name(), a.analyst().email()),
        a.stage().name(),
        a.submittedAt().toString(),
        a.version());
  }
}
