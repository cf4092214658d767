package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.money.Money;
import java.util.List;

/** A product as the REST API shows it; amounts as strings, labels in FR, NL and EN. */
public record ProductView(String code, String instrument, Labels instrumentLabels,
    String subsidiary, Labels subsidiaryLabels, Labels name, AmountRangeView amountRange,
    String duration, String rateOrFee, String targetGroup, List<RuleView> rules, String sources) {

  /** Bounds are null where the sources fix none. */
  public record AmountRangeView(String currency, String min, String max) {}

  public record RuleView(String code, String description) {}

  public static ProductView of(Product p) {
    return new ProductView(p.code(), p.instrument().name(), p.instrument().labels(),
        p.subsidiary().name(), p.subsidiary().labels(), p.name(),
        new AmountRangeView(Money.EUR, p.minAmount().map(ProductView::text).orElse(null),
            p.maxAmount().map(ProductView::text).orElse(null)),
        p.duration(), p.rateOrFee(), p.targetGroup(),
        p.rules().stream().map(r -> new RuleView(r.code(), r.describe())).toList(), p.sources());
  }

  private static String text(Money money) {
    return money.amount().toPlainString();
  }
}
