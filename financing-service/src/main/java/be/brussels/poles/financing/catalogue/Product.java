package be.brussels.poles.financing.catalogue;

import be.brussels.poles.kit.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One product of the catalogue: an instrument offered by one subsidiary, with its amount range,
 * duration, rate or fee rule, target group and eligibility rules. Where the sources give no
 * figure (most durations and rates) the field says so instead of inventing one.
 *
 * @param code stable identifier, e.g. "BRUPART_HONOUR_LOAN"
 * @param name the product's name in FR, NL, EN
 * @param duration the duration rule in words; "not fixed by the sources" when unknown
 * @param rateOrFee the rate or fee rule in words
 * @param targetGroup who the product is for, in words
 * @param sources where the figures come from (domain brief §3, SBA line numbers)
 */
public record Product(String code, Instrument instrument, Subsidiary subsidiary, Labels name,
    String duration, String rateOrFee, String targetGroup, List<EligibilityRule> rules,
    String sources) {

  public Product {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(subsidiary, "subsidiary");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(rateOrFee, "rateOrFee");
    Objects.requireNonNull(targetGroup, "targetGroup");
    rules = List.copyOf(rules);
    Objects.requireNonNull(sources, "sources");
  }

  /** The product's amount range, when it has one. */
  public Optional<EligibilityRule.AmountRange> amountRange() {
    return rules.stream().filter(EligibilityRule.AmountRange.class::isInstance)
        .map(EligibilityRule.AmountRange.class::cast).findFirst();
  }

  /** The lowest amount the product lends or invests, when the sources fix one. */
  public Optional<Money> minAmount() {
    return amountRange().flatMap(EligibilityRule.AmountRange::min);
  }

  /** The highest amount, when the sources fix one. */
  public Optional<Money> maxAmount() {
    return amountRange().flatMap(EligibilityRule.AmountRange::max);
  }

  /** Judges every rule; the report says which pass, which fail and which lack a fact. */
  public EligibilityReport check(EligibilityFacts facts) {
    return new EligibilityReport(code, rules.stream().map(r -> r.judge(facts)).toList());
  }
}
