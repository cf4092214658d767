package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FinancingApplicationTest {

  private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");

  private static FinancingApplication submit(Instrument instrument, String amount, String purpose,
      Agency agency) {
    return FinancingApplication.submit(UUID.randomUUID(), EnterpriseNumber.parse("0403019261"),
        "Brasserie Cantillon", true, instrument, Money.euros(amount), purpose, agency,
        new StaffContact("Ana", "ana@finance.brussels"),
        Submissions.plain(instrument), NOW);
  }

  @Test
  void aNewApplicationIsSubmittedAtVersionOne() {
    FinancingApplication application =
        submit(Instrument.START_LOAN, "25000", "  Working capital  ", Agency.FINANCE);

    assertThat(application.stage()).isEqualTo(ApplicationStage.SUBMITTED);
    assertThat(application.stage().isOpen()).isTrue();
    assertThat(application.version()).isEqualTo(1);
    assertThat(application.purpose()).isEqualTo("Working capital");
    assertThat(application.isOwnedBy(Agency.FINANCE)).isTrue();
    assertThat(application.isOwnedBy(Agency.GUARANTEE_FUND)).isFalse();
  }

  @Test
  void onlyFinancingAgenciesRecordApplications() {
    for (Agency agency : Agency.values()) {
      if (agency.pole() == Agency.Pole.FINANCING) {
        assertThat(submit(Instrument.MICROCREDIT, "5000", "x", agency).agency()).isEqualTo(agency);
      } else {
        assertThatThrownBy(() -> submit(Instrument.MICROCREDIT, "5000", "x", agency))
            .as(agency.name()).isInstanceOf(AccessDeniedException.class);
      }
    }
  }

  @Test
  void guaranteesAreForTheGuaranteeFundOnly() {
    assertThatThrownBy(() -> submit(Instrument.GUARANTEE, "100000", "x", Agency.FINANCE))
        .isInstanceOfSatisfying(BusinessRuleException.class,
            e -> assertThat(e.field()).isEqualTo("instrument"));
    assertThat(submit(Instrument.GUARANTEE, "100000", "x", Agency.GUARANTEE_FUND).instrument())
        .isEqualTo(Instrument.GUARANTEE);
    // the fund may record other instruments too (e.g. a microcredit portfolio file)
    assertThat(submit(Instrument.START_LOAN, "100000", "x", Agency.GUARANTEE_FUND).agency())
        .isEqualTo(Agency.GUARANTEE_FUND);
  }

  @Test
  void theAmountIsMoreThanZeroAndAtMostTenMillion() {
    assertThat(submit(Instrument.EQUITY, "10000000.00", "x", Agency.FINANCE).requestedAmount())
        .isEqualTo(Money.euros("10000000"));
    assertThat(submit(Instrument.EQUITY, "0.01", "x", Agency.FINANCE).requestedAmount())
        .isEqualTo(Money.euros("0.01"));
    assertRefused(() -> submit(Instrument.EQUITY, "10000000.01", "x", Agency.FINANCE),
        new FieldViolation("amount.value", "must be at most 10000000.00"));
    assertRefused(() -> submit(Instrument.EQUITY, "0", "x", Agency.FINANCE),
        new FieldViolation("amount.value", "must be more than 0"));
    assertRefused(() -> submit(Instrument.EQUITY, "-1", "x", Agency.FINANCE),
        new FieldViolation("amount.value", "must be more than 0"));
  }

  @Test
  void thePurposeHasOneToFiveHundredCharacters() {
    // counted in characters as people see them: an emoji is one
    String emoji = "\uD83D\uDCB6";
    assertThat(submit(Instrument.EQUITY, "1", emoji.repeat(500), Agency.FINANCE).purpose())
        .hasSize(1000);
    assertRefused(() -> submit(Instrument.EQUITY, "1", "x".repeat(501), Agency.FINANCE),
        new FieldViolation("purpose", "must be at most 500 characters"));
    assertRefused(() -> submit(Instrument.EQUITY, "1", " \n ", Agency.FINANCE),
        new FieldViolation("purpose", "is required"));
  }

  @Test
  void bothAmountAndPurposeAreReportedAtOnce() {
    assertThatThrownBy(() -> submit(Instrument.EQUITY, "0", "", Agency.FINANCE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("amount.value", "purpose"));
  }

  @Test
  void everyInstrumentHasAHeadlineLabel() {
    for (Instrument instrument : Instrument.values()) {
      assertThat(instrument.label()).isNotBlank().isLowerCase().doesNotContain("_");
    }
    assertThat(Instrument.START_LOAN.label()).isEqualTo("start loan");
  }

  private static void assertRefused(Runnable action, FieldViolation violation) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).containsExactly(violation));
  }
}
