package be.brussels.poles.housing.request;

import be.brussels.poles.housing.inventory.InventoryViews.Coded;
import be.brussels.poles.housing.inventory.Labels;
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
    long version,
    Coded sector,
    String specialNeeds,
    String referralId,
    String referredBy,
    List<StepView> steps) {

  /** One workflow step: who did what when (the audit trail staff see). */
  public record StepView(Coded kind, List<String> unitIds, String visitOn,
      AmountView monthlyRent, String reason, String leaseId, ContactView by, String at) {

    static StepView of(RequestStep s) {
      return new StepView(new Coded(s.kind().name(),
          new Labels(s.kind().fr(), s.kind().nl(), s.kind().en())),
          s.unitIds().stream().map(Object::toString).toList(),
          s.visitOn() == null ? null : s.visitOn().toString(),
          s.monthlyRent() == null ? null : AmountView.of(s.monthlyRent()), s.reason(),
          s.leaseId() == null ? null : s.leaseId().toString(),
          new ContactView(s.by().name(), s.by().email()), s.at().toString());
    }
  }

  public record AmountView(String currency, String value) {

    public static AmountView of(Money money) {
      return new AmountView(money.currencyCode(), money.amount().toPlainString());
    }
  }

  public record ContactView(String name, String email) {}

  public static LocationRequestView of(LocationRequest r) {
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
        r.version(),
        r.details().sector() == null ? null
            : new Coded(r.details().sector().name(), r.details().sector().labels()),
        r.details().specialNeeds(),
        r.details().referralId(),
        r.details().referredBy() == null ? null : r.details().referredBy().name(),
        r.steps().stream().map(StepView::of).toList());
  }
}
