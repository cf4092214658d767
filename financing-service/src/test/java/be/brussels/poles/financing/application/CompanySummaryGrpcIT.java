package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.financing.v1.ApplicationSummary;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.financing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.financing.v1.GetCompanySummaryResponse;
import be.brussels.poles.financing.FinancingIntegrationTest;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CRM's 360 view asks over a real gRPC socket; amounts only for the owning agency. */
class CompanySummaryGrpcIT extends FinancingIntegrationTest {

  @Autowired
  FinancingApplicationRepository repository;

  private String number;
  private UUID startLoan;
  private UUID guarantee;

  /** Two applications of one company: an older finance.brussels loan, a newer fund guarantee. */
  @BeforeEach
  void twoApplications() {
    number = companyKnownToCrm("Summary Company");
    startLoan = store(Instrument.START_LOAN, "25000.00", Agency.FINANCE, "ana.analyst",
        Instant.parse("2026-03-01T09:00:00Z"));
    guarantee = store(Instrument.GUARANTEE, "150000.00", Agency.GUARANTEE_FUND, "gus.guarantee",
        Instant.parse("2026-04-01T09:00:00Z"));
  }

  @Test
  void theSummaryShowsOpenApplicationsProductsHeldAndAnalystsWithApprovedAmountsForTheOwnerOnly() {
    String company = companyKnownToCrm("Holder Company");
    String held = recordStartLoan(company);
    approvedAndDisbursed(held, company, "20000.00");
    recordStartLoan(company);

    GetCompanySummaryResponse finance = summary(staff("fin", "/finance", "intake"), company);
    GetCompanySummaryResponse impulse = summary(staff("marc", "/hub/impulse", "advisor"), company);

    assertThat(finance.getOpenApplications()).isEqualTo(2);
    assertThat(finance.getProductsHeldList()).singleElement().satisfies(p -> {
      assertThat(p.getApplicationId()).isEqualTo(held);
      assertThat(p.getProductCode()).isEqualTo("BRUSTART_START_LOAN");
      assertThat(p.getSubsidiary()).isEqualTo("BRUSTART");
      assertThat(p.getStage()).isEqualTo("DISBURSED");
      assertThat(p.getAnalyst().getName()).isEqualTo("ana.analyst");
    });
    ApplicationSummary disbursed = finance.getApplications(1);
    assertThat(disbursed.getApplicationId()).isEqualTo(held);
    assertThat(disbursed.getApprovedAmount().getMinorUnits()).isEqualTo(2_000_000L);
    assertThat(disbursed.getOpen()).isTrue();
    // another agency sees the headline: stage, product, analyst, counts; never an amount
    assertThat(impulse.getOpenApplications()).isEqualTo(2);
    assertThat(impulse.getProductsHeldCount()).isEqualTo(1);
    assertThat(impulse.getApplicationsList()).allSatisfy(a -> {
      assertThat(a.hasApprovedAmount()).isFalse();
      assertThat(a.hasRequestedAmount()).isFalse();
      assertThat(a.getAnalyst().getName()).isNotEmpty();
    });
  }

  @Test
  void theOwningAgencySeesItsAmountsAndOnlyItsOwn() {
    GetCompanySummaryResponse finance = summary(staff("fin", "/finance", "intake"), number);

    assertThat(finance.getApplicationsList()).extracting(ApplicationSummary::getApplicationId)
        .containsExactly(guarantee.toString(), startLoan.toString());
    ApplicationSummary loan = finance.getApplications(1);
    assertThat(loan.getInstrument()).isEqualTo("START_LOAN");
    assertThat(loan.getStage()).isEqualTo("SUBMITTED");
    assertThat(loan.getAnalyst().getName()).isEqualTo("ana.analyst");
    assertThat(loan.getAnalyst().getEmail()).isEqualTo("ana.analyst@finance.brussels");
    assertThat(ProtoMapping.fromProto(loan.getSubmittedAt()))
        .isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    assertThat(loan.hasRequestedAmount()).isTrue();
    assertThat(loan.getRequestedAmount().getCurrencyCode()).isEqualTo("EUR");
    assertThat(loan.getRequestedAmount().getMinorUnits()).isEqualTo(2_500_000L);
    assertThat(finance.getApplications(0).hasRequestedAmount()).isFalse();

    GetCompanySummaryResponse fund = summary(staff("gus", "/guarantee-fund", "analyst"), number);
    assertThat(fund.getApplications(0).getRequestedAmount().getMinorUnits())
        .isEqualTo(15_000_000L);
    assertThat(fund.getApplications(1).hasRequestedAmount()).isFalse();
  }

  @Test
  void anotherAgencysStaffGetsTheHeadlineOnly() {
    for (String token : new String[] {staff("ines", "/hub/impulse", "advisor"),
        staff("carl", "/citydev", "manager"),
        IDP.service("crm-service").audience("financing-service").sign()}) {
      GetCompanySummaryResponse response = summary(token, number);
      assertThat(response.getApplicationsList()).hasSize(2).allSatisfy(a -> {
        assertThat(a.hasRequestedAmount()).isFalse();
        assertThat(a.getInstrument()).isNotEmpty();
        assertThat(a.getStage()).isEqualTo("SUBMITTED");
        assertThat(a.getAnalyst().getName()).isNotEmpty();
        assertThat(a.hasSubmittedAt()).isTrue();
      });
    }
  }

  @Test
  void anUnknownCompanyHasAnEmptySummary() {
    GetCompanySummaryResponse response =
        summary(staff("ines", "/hub/impulse", "advisor"), freshEnterpriseNumber());
    assertThat(response.getApplicationsList()).isEmpty();
  }

  @Test
  void aBadEnterpriseNumberIsAnInvalidArgumentNamingTheField() {
    assertThatThrownBy(() -> summary(staff("ines", "/hub/impulse", "advisor"), "0403019262"))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          BadRequest details = StatusProto.fromThrowable(e).getDetailsList().stream()
              .filter(d -> d.is(BadRequest.class)).findFirst().map(d -> {
                try {
                  return d.unpack(BadRequest.class);
                } catch (com.google.protobuf.InvalidProtocolBufferException x) {
                  throw new AssertionError(x);
                }
              }).orElseThrow();
          assertThat(details.getFieldViolations(0).getField()).isEqualTo("enterprise_number");
        });
  }

  private GetCompanySummaryResponse summary(String token, String enterpriseNumber) {
    return withToken(FinancingServiceGrpc.newBlockingStub(channel()), token)
        .getCompanySummary(GetCompanySummaryRequest.newBuilder()
            .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(enterpriseNumber))
            .build());
  }

  private UUID store(Instrument instrument, String amount, Agency agency, String analyst,
      Instant submittedAt) {
    FinancingApplication application = FinancingApplication.submit(UUID.randomUUID(),
        be.brussels.poles.kit.enterprise.EnterpriseNumber.parse(number), "Summary Company", true,
        instrument, Money.euros(amount), "confidential purpose", agency,
        new StaffContact(analyst, analyst + "@finance.brussels"),
        Submissions.plain(instrument), submittedAt);
    repository.insert(application, ApplicationJourney.submitted(application));
    return application.applicationId();
  }
}
