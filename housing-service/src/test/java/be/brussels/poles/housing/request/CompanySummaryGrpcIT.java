package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.housing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.housing.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.api.housing.v1.LocationRequestSummary;
import be.brussels.poles.housing.HousingIntegrationTest;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.testsupport.EnterpriseNumbers;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CRM's 360 view asks over a real gRPC socket: open requests, newest first, no budget. */
class CompanySummaryGrpcIT extends HousingIntegrationTest {

  @Autowired
  LocationRequestRepository repository;

  private String number;
  private UUID olderOffice;
  private UUID newerLab;

  /** An office request, a newer lab request, and an old one already leased (not open). */
  @BeforeEach
  void threeRequests() {
    number = companyKnownToCrm("Summary Company");
    olderOffice = store(UnitType.OFFICE, RequestStage.OPEN, Instant.parse("2026-03-01T09:00:00Z"));
    newerLab = store(UnitType.LAB, RequestStage.OPEN, Instant.parse("2026-04-01T09:00:00Z"));
    store(UnitType.STORAGE, RequestStage.LEASED, Instant.parse("2026-05-01T09:00:00Z"));
  }

  @Test
  void openRequestsNewestFirstForEveryPartnerAgency() {
    for (String token : new String[] {staff("olivia", "/citydev", "intake"),
        staff("fin", "/finance", "analyst"), staff("ines", "/hub/impulse", "advisor"),
        IDP.service("crm-service").audience("housing-service").sign()}) {
      GetCompanySummaryResponse response = summary(token, number);

      assertThat(response.getOpenRequestsList()).extracting(LocationRequestSummary::getRequestId)
          .containsExactly(newerLab.toString(), olderOffice.toString());
      LocationRequestSummary office = response.getOpenRequests(1);
      assertThat(office.getUnitType()).isEqualTo("OFFICE");
      assertThat(office.getStage()).isEqualTo("OPEN");
      assertThat(office.getOfficer().getName()).isEqualTo("Olivia Officer");
      assertThat(office.getOfficer().getEmail()).isEqualTo("olivia@citydev.brussels");
      assertThat(ProtoMapping.fromProto(office.getRequestedAt()))
          .isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    }
  }

  @Test
  void currentPremisesAndTheCoworkingChequeWithRentsOnlyForTheHousingPole() {
    String unit = addUnit(createSite("BUSINESS_CENTRE", "Jette", "[]"), "OFFICE", 35, "490.00",
        today());
    created(rest().post("/units/" + unit + "/leases", officer(),
        leaseBody(number, today(), today().plusYears(1), "490.00")));
    String space = createSite("COWORKING_SPACE", "Jette", "[]");
    created(rest().post("/coworking-cheques", officer(), "{\"enterpriseNumber\": \"" + number
        + "\", \"siteId\": \"" + space + "\", \"firstMonth\": \""
        + java.time.YearMonth.from(today()) + "\", \"monthlyPrice\": {\"currency\": \"EUR\","
        + " \"value\": \"250\"}}"));

    GetCompanySummaryResponse forCitydev = summary(staff("olivia", "/citydev", "intake"), number);
    assertThat(forCitydev.getCurrentPremisesList()).singleElement().satisfies(p -> {
      assertThat(p.getUnitType()).isEqualTo("OFFICE");
      assertThat(p.getSurface()).isEqualTo(35);
      assertThat(p.getCommune()).isEqualTo("JETTE");
      assertThat(p.getSiteType()).isEqualTo("BUSINESS_CENTRE");
      assertThat(p.getEndDate()).isEqualTo(today().plusYears(1).toString());
      assertThat(p.getMonthlyRent().getMinorUnits()).isEqualTo(49_000L);
    });
    assertThat(forCitydev.getCoworkingChequesList()).singleElement().satisfies(c -> {
      assertThat(c.getOpen()).isTrue();
      assertThat(c.getMonthsRedeemed()).isZero();
      assertThat(c.getFirstMonth()).isEqualTo(java.time.YearMonth.from(today()).toString());
    });

    for (String token : new String[] {staff("fin", "/finance", "analyst"),
        IDP.service("crm-service").audience("housing-service").sign()}) {
      GetCompanySummaryResponse other = summary(token, number);
      assertThat(other.getCurrentPremisesList()).singleElement()
          .satisfies(p -> assertThat(p.hasMonthlyRent()).isFalse());
      assertThat(other.getCoworkingChequesList()).hasSize(1);
    }
  }

  @Test
  void anUnknownCompanyHasAnEmptySummary() {
    GetCompanySummaryResponse empty =
        summary(staff("ines", "/hub/impulse", "advisor"), EnterpriseNumbers.fresh());
    assertThat(empty.getOpenRequestsList()).isEmpty();
    assertThat(empty.getCurrentPremisesList()).isEmpty();
    assertThat(empty.getCoworkingChequesList()).isEmpty();
  }

  @Test
  void aBadEnterpriseNumberIsAnInvalidArgument() {
    assertThatThrownBy(() -> summary(staff("ines", "/hub/impulse", "advisor"), "12345"))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(e.getStatus().getDescription()).startsWith("enterprise_number ");
        });
  }

  private GetCompanySummaryResponse summary(String token, String enterpriseNumber) {
    return withToken(HousingServiceGrpc.newBlockingStub(channel()), token)
        .getCompanySummary(GetCompanySummaryRequest.newBuilder()
            .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(enterpriseNumber))
            .build());
  }

  private UUID store(UnitType type, RequestStage stage, Instant requestedAt) {
    LocationRequest request = LocationRequest.restore(UUID.randomUUID(),
        be.brussels.poles.kit.enterprise.EnterpriseNumber.parse(number), "Summary Company", true,
        type, new SurfaceRange(50, 100), Money.euros("3000"), List.of(Commune.JETTE),
        LocalDate.parse("2026-09-01"), Agency.CITYDEV,
        new Officer("Olivia Officer", "olivia@citydev.brussels"), stage, requestedAt, 1);
    repository.insert(request, LocationRequestJourney.recorded(request));
    return request.requestId();
  }
}
