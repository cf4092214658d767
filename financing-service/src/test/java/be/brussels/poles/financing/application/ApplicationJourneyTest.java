package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationJourneyTest {

  @Test
  void theHeadlineNamesTheInstrumentAndNeverTheAmount() {
    Instant submittedAt = Instant.parse("2026-05-04T10:15:30Z");
    FinancingApplication application = FinancingApplication.submit(UUID.randomUUID(),
        EnterpriseNumber.parse("0403019261"), "Brasserie Cantillon", true,
        Instrument.BANK_COFINANCING, Money.euros("1234567.89"), "Takeover of the brewery",
        Agency.FINANCE, new StaffContact("Ana Analyst", "ana@finance.brussels"),
        Submissions.plain(Instrument.BANK_COFINANCING), submittedAt);

    PendingJourneyEvent event = ApplicationJourney.submitted(application);

    assertThat(event.type()).isEqualTo("financing.application.submitted");
    assertThat(event.headline()).isEqualTo("Financing application submitted: bank co-financing")
        .doesNotContainPattern("\\d").doesNotContain("Takeover");
    assertThat(event.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
    assertThat(event.detail()).contains("EUR 1,234,567.89").contains("Takeover of the brewery")
        .hasSizeLessThanOrEqualTo(4000);
    assertThat(event.sourceAgency()).isEqualTo(Agency.FINANCE);
    assertThat(event.contactName()).isEqualTo("Ana Analyst");
    assertThat(event.contactEmail()).isEqualTo("ana@finance.brussels");
    assertThat(event.occurredAt()).isEqualTo(submittedAt);
    assertThat(event.sourceReference()).isEqualTo(application.applicationId().toString());
    assertThat(event.enterpriseNumber()).isEqualTo(application.enterpriseNumber());
    assertThat(UUID.fromString(event.eventId())).isNotNull();
  }

  @Test
  void theLongestPurposeStillFitsTheDetail() {
    FinancingApplication application = FinancingApplication.submit(UUID.randomUUID(),
        EnterpriseNumber.parse("0403019261"), "", false, Instrument.EQUITY,
        Money.euros("10000000"), "\uD83D\uDCB6".repeat(500), Agency.FINANCE,
        new StaffContact("Ana", ""), Submissions.plain(Instrument.EQUITY), Instant.now());
    assertThat(ApplicationJourney.submitted(application).detail()).hasSizeLessThanOrEqualTo(4000);
  }
}
