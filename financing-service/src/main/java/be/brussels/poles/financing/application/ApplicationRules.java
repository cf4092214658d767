package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.EligibilityFacts;
import be.brussels.poles.financing.catalogue.EligibilityRule;
import be.brussels.poles.financing.catalogue.Product;
import be.brussels.poles.financing.catalogue.ProductCatalogue;
import be.brussels.poles.financing.catalogue.RuleResult;
import be.brussels.poles.kit.error.BusinessRuleException;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue rules enforced when an application is recorded: the product exists and is of
 * the instrument asked, the amount is within the product's range, and the money is not meant for
 * a use the product forbids (a restart loan never repays existing debt, M8). The other
 * eligibility rules are facts for the analyst, checked with the eligibility check.
 */
public final class ApplicationRules {

  private ApplicationRules() {}

  /** The product named, or the instrument's first one. */
  public static Product productFor(ProductCatalogue catalogue, NewApplication input) {
    if (input.productCode().isEmpty()) {
      return catalogue.defaultFor(input.instrument());
    }
    Product product = catalogue.find(input.productCode().get()).orElseThrow(() ->
        new BusinessRuleException("productCode", "is not a product of the catalogue"));
    if (product.instrument() != input.instrument()) {
      throw new BusinessRuleException("productCode",
          product.code() + " is a " + product.instrument() + " product, not " + input.instrument());
    }
    return product;
  }

  /** Refuses (422, naming the field) an amount outside the range or a forbidden use. */
  public static void requireSubmittable(Product product, NewApplication input) {
    FinancingApplication.checkWithinProduct(input.amount(), product, "amount").ifPresent(v -> {
      throw new BusinessRuleException(v.field(), v.reason());
    });
    EligibilityFacts facts = new EligibilityFacts(Optional.of(input.amount()), Optional.empty(),
        Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), input.useOfFunds(),
        input.coFinancierKinds());
    for (EligibilityRule rule : product.rules()) {
      if (rule instanceof EligibilityRule.ForbiddenUse) {
        RuleResult result = rule.judge(facts);
        if (result.outcome() == RuleResult.Outcome.FAILED) {
          throw new BusinessRuleException("useOfFunds", result.explanation());
        }
      }
    }
  }
}
