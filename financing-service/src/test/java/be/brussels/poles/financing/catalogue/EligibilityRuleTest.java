package be.brussels.poles.financing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.kit.money.Money;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

  private static final ProductCatalogue CATALOGUE = ProductCatalogue.standard();

  private static EligibilityFacts facts(String amount, String round, Set<CoFinancierKind> co) {
    return new EligibilityFacts(Optional.ofNullable(amount).map(Money::euros),
        Optional.of(Region.BRUSSELS), Optional.of(SizeClass.SMALL), Optional.empty(),
        Set.of(TargetFlag.START_UP), Optional.ofNullable(round).map(Money::euros), Set.of(), co);
  }

  @Test
  void honourLoanAcceptsFiveToTwentyFiveThousandEurosAndExplainsTheBounds() {
    Product honour = CATALOGUE.require("BRUPART_HONOUR_LOAN");
    EligibilityFacts micro = new EligibilityFacts(Optional.of(Money.euros("4999.99")),
        Optional.of(Region.BRUSSELS), Optional.of(SizeClass.MICRO), Optional.empty(), Set.of(),
        Optional.empty(), Set.of(), Set.of());

    EligibilityReport below = honour.check(micro);
    assertThat(below.verdict()).isEqualTo(EligibilityReport.Verdict.NOT_ELIGIBLE);
    assertThat(below.failures()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("AMOUNT_RANGE");
      assertThat(r.explanation()).isEqualTo("EUR 4,999.99 is below the minimum of EUR 5,000.00");
    });
    EligibilityFacts atMax = new EligibilityFacts(Optional.of(Money.euros("25000")),
        micro.seatRegion(), micro.sizeClass(), Optional.empty(), Set.of(), Optional.empty(),
        Set.of(), Set.of());
    assertThat(honour.check(atMax).verdict()).isEqualTo(EligibilityReport.Verdict.ELIGIBLE);
    EligibilityFacts above = new EligibilityFacts(Optional.of(Money.euros("25000.01")),
        micro.seatRegion(), micro.sizeClass(), Optional.empty(), Set.of(), Optional.empty(),
        Set.of(), Set.of());
    assertThat(honour.check(above).failures().get(0).explanation())
        .isEqualTo("EUR 25,000.01 is above the maximum of EUR 25,000.00");
  }

  @Test
  void coInvestmentTicketIsAtMostHalfTheRoundExactly() {
    Product fund = CATALOGUE.require("CO_INVESTMENT_FUND");
    Set<CoFinancierKind> angels = Set.of(CoFinancierKind.BUSINESS_ANGEL);

    assertThat(fund.check(facts("500000.00", "1000000.00", angels)).verdict())
        .isEqualTo(EligibilityReport.Verdict.ELIGIBLE);
    EligibilityReport tooBig = fund.check(facts("500000.01", "1000000.00", angels));
    assertThat(tooBig.failures()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("MAX_SHARE_OF_ROUND");
      assertThat(r.explanation()).contains("50.00 %").contains("more than at most 50 %");
    });
  }

  @Test
  void coInvestmentNeedsABusinessAngelOrVcAndATicketFromTwoHundredFiftyThousand() {
    Product fund = CATALOGUE.require("CO_INVESTMENT_FUND");
    EligibilityReport report = fund.check(facts("200000.00", "1000000.00",
        Set.of(CoFinancierKind.BANK)));
    assertThat(report.failures()).extracting(RuleResult::rule)
        .containsExactly("REQUIRES_CO_FINANCIER", "AMOUNT_RANGE");
  }

  @Test
  void missingFactsMakeTheCheckIncompleteNeverEligible() {
    Product fund = CATALOGUE.require("CO_INVESTMENT_FUND");
    EligibilityReport report = fund.check(facts("300000.00", null,
        Set.of(CoFinancierKind.VENTURE_CAPITAL)));
    assertThat(report.verdict()).isEqualTo(EligibilityReport.Verdict.INCOMPLETE);
    assertThat(report.results()).filteredOn(r -> r.outcome() == RuleResult.Outcome.UNKNOWN)
        .extracting(RuleResult::rule).containsExactly("MAX_SHARE_OF_ROUND");
  }

  @Test
  void restartLoanMayNotRepayDebt() {
    Product restart = CATALOGUE.require("RESTART_LOAN");
    EligibilityFacts debt = new EligibilityFacts(Optional.of(Money.euros("20000")),
        Optional.of(Region.BRUSSELS), Optional.of(SizeClass.MICRO), Optional.empty(),
        Set.of(TargetFlag.RESTART_PLAN), Optional.empty(),
        Set.of(UseOfFunds.CONSULTANCY, UseOfFunds.DEBT_REPAYMENT), Set.of());
    assertThat(restart.check(debt).failures()).extracting(RuleResult::explanation)
        .containsExactly("the money may not be used for DEBT_REPAYMENT");
  }

  @Test
  void aSeatOutsideBrusselsFailsEveryProduct() {
    EligibilityFacts flemish = new EligibilityFacts(Optional.empty(), Optional.of(Region.FLANDERS),
        Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Set.of(), Set.of());
    for (Product product : CATALOGUE.all()) {
      assertThat(product.check(flemish).failures()).as(product.code())
          .extracting(RuleResult::explanation)
          .contains("the registered seat is in FLANDERS, not in BRUSSELS");
    }
  }

  @Test
  void everyInstrumentHasAProductAndCodesAreUnique() {
    for (Instrument instrument : Instrument.values()) {
      assertThat(CATALOGUE.defaultFor(instrument).instrument()).isEqualTo(instrument);
    }
  }
}
