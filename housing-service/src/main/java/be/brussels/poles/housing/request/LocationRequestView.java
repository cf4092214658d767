package be.brussels.poles.housing.request;

import be.brussels.poles.kit.money.Money;
import java.util.List;

/**
 * A location request as the REST API returns it to housing-pole staff. Money is a string
 * ("2500.00") so that no client reads it into a floating-point number; {@code maxMonthlyBudget}
 * is null when the company gave none.
 */
public record LocationRequestView(
    String requestId,
    String enterpriseNumber,
    String companyName,
    boolean companyVerified,
    String unitType,
    int surfaceMin,
    int surfaceMax,
    AmountView maxMonthlyBudget,
    List<String> communes,
    String wantedFrom,
    String agency,
    ContactView officer,
    String stage,
    String requestedAt,
    long version) {

  public record AmountView(String currency, String value) {

    public static AmountView of(Money money) {
      return new AmountView(money.currencyCode(), money.amount().toPlainString());
    }
  }

  public record ContactView(String name, String email) {}

  static LocationRequestView of(LocationRequest r) {
    return new LocationRequestView(
        r.requestId().toString(),
        r.enterpriseNumber().value(),
        r.companyName(),
        r.companyVerified(),
        r.unitType().name(),
        r.surface().min(),
        r.surface().max(),
        r.maxMonthlyBudget().map(AmountView::of).orElse(null),
        r.communes().stream().map(Enum::name).toList(),
        r.wantedFrom().toString(),
        r.agency().name(),
        new ContactView(r.officer().name(), r.officer().email()),
        r.stage().name(),
        r.requestedAt().toString(),
        r.version());
  }
}
