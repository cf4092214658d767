package be.brussels.poles.housing.cheque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.housing.inventory.Coordinates;
import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.inventory.SiteType;
import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoworkingChequeTest {

  static final Officer BY = new Officer("O", "o@x");
  static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");
  static final YearMonth NOW = YearMonth.of(2026, 11);

  static Site venue(SiteType type) {
    return new Site(UUID.randomUUID(), "Venue", type, "op", "Rue 1", "1000", Commune.BRUXELLES,
        new Coordinates(50.85, 4.35), List.of(), List.of(), BY, AT, 1);
  }

  static CoworkingCheque issue(SiteType type, YearMonth first) {
    return CoworkingCheque.issue(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"), "Co",
        venue(type), first, Money.euros("250"), NOW, BY, AT);
  }

  @Test
  void sixMonthsTwoFreeTwoCoFinancedTwoSponsored() {
    CoworkingCheque cheque = issue(SiteType.COWORKING_SPACE, YearMonth.of(2026, 12));
    assertThat(cheque.months()).extracting(ChequeMonth::funding).containsExactly(
        Funding.REGION_FREE, Funding.REGION_FREE, Funding.CO_FINANCED, Funding.CO_FINANCED,
        Funding.SPACE_SPONSORED, Funding.SPACE_SPONSORED);
    assertThat(cheque.months().get(5).month()).isEqualTo(YearMonth.of(2027, 5));
    assertThat(cheque.validUntil()).hasToString("2027-05-31");
  }

  @Test
  void onlyBusinessCentresIncubatorsAndCoworkingSpacesAreEligible() {
    for (SiteType type : new SiteType[] {SiteType.BUSINESS_CENTRE, SiteType.INCUBATOR,
        SiteType.COWORKING_SPACE}) {
      assertThat(issue(type, NOW).months()).hasSize(6);
    }
    for (SiteType type : new SiteType[] {SiteType.FAB_LAB, SiteType.BUSINESS_PARK,
        SiteType.SME_BUILDING, SiteType.STARTER_CENTRE}) {
      assertThatThrownBy(() -> issue(type, NOW)).isInstanceOfSatisfying(
          BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("siteId"));
    }
  }

  @Test
  void theFirstMonthIsThisMonthOrWithinThreeMonths() {
    assertThatThrownBy(() -> issue(SiteType.INCUBATOR, NOW.minusMonths(1)))
        .hasMessage("must be from 2026-11 to 2027-02");
    assertThatThrownBy(() -> issue(SiteType.INCUBATOR, NOW.plusMonths(4)))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(issue(SiteType.INCUBATOR, NOW.plusMonths(3)).firstMonth()).isEqualTo(
        YearMonth.of(2027, 2));
  }

  @Test
  void eachMonthIsRedeemedOnceOnceBegunAndWithinTheClaimWindow() {
    CoworkingCheque cheque = issue(SiteType.COWORKING_SPACE, NOW);
    CoworkingCheque once = cheque.redeem(NOW, "INV-1", NOW, BY, AT);
    assertThat(once.redeemedMonths()).isEqualTo(1);
    assertThat(once.months().get(0).spaceReference()).isEqualTo("INV-1");
    assertThatThrownBy(() -> once.redeem(NOW, "INV-2", NOW, BY, AT))
        .hasMessage("was already redeemed on 2026-11-25");
    assertThatThrownBy(() -> once.redeem(NOW.plusMonths(1), "INV-2", NOW, BY, AT))
        .hasMessage("has not begun yet");
    assertThatThrownBy(() -> once.redeem(NOW.plusMonths(6), "INV-2", NOW.plusMonths(6), BY, AT))
        .hasMessageStartingWith("is not a month of this cheque");
    assertThatThrownBy(() -> once.redeem(NOW.plusMonths(5), "INV-2", NOW.plusMonths(9), BY, AT))
        .hasMessage("the cheque's months could be claimed until 2027-07-31");
    assertThat(once.redeem(NOW.plusMonths(5), "INV-6", NOW.plusMonths(8), BY, AT)
        .redeemedMonths()).isEqualTo(2);
    assertThat(once.isOpen(NOW.plusMonths(8))).isTrue();
    assertThat(once.isOpen(NOW.plusMonths(9))).isFalse();
  }

  @Test
  void theRefusalOfASecondFreePeriodNamesTheFirstCheque() {
    CoworkingCheque first = issue(SiteType.COWORKING_SPACE, NOW);
    BusinessRuleException refusal = CoworkingCheque.secondFreePeriod(first);
    assertThat(refusal.field()).isEqualTo("enterpriseNumber");
    assertThat(refusal.getMessage()).contains(first.chequeId().toString())
        .contains("issued on 2026-11-25 for Venue")
        .endsWith("the two free months are granted once per entrepreneur, ever");
  }
}
