package be.brussels.poles.housing.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.web.MoneyInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationRequestInputTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-05-04");

  private static RecordLocationRequestBody body(String surfaceMin, String surfaceMax,
      List<String> communes, String wantedFrom) {
    return new RecordLocationRequestBody("0403.019.261", "lab",
        surfaceMin == null ? null : new BigDecimal(surfaceMin),
        surfaceMax == null ? null : new BigDecimal(surfaceMax),
        new MoneyInput("EUR", "1500"), communes, wantedFrom, null, null, null);
  }

  @Test
  void aValidBodyBecomesCheckedValues() {
    NewLocationRequest input = LocationRequestInput.newRequest(
        body("40", "6E+1", List.of("Elsene", "UCCLE"), "2026-06-01"), TODAY);
    assertThat(input.enterpriseNumber().value()).isEqualTo("0403019261");
    assertThat(input.unitType()).isEqualTo(UnitType.LAB);
    assertThat(input.surface()).isEqualTo(new SurfaceRange(40, 60));
    assertThat(input.maxMonthlyBudget()).isEqualTo(Money.euros("1500.00"));
    assertThat(input.communes()).containsExactly(Commune.IXELLES, Commune.UCCLE);
    assertThat(input.wantedFrom()).isEqualTo("2026-06-01");
    assertThat(input.details()).isEqualTo(RequestDetails.NONE);
  }

  @Test
  void noCommunesMeansAnywhereAndNoBudgetIsAllowed() {
    NewLocationRequest input = LocationRequestInput.newRequest(new RecordLocationRequestBody(
        "0403019261", "PLOT", BigDecimal.ONE, BigDecimal.TEN, null, null, "2026-05-04", null, null,
        null), TODAY);
    assertThat(input.communes()).isEmpty();
    assertThat(input.maxMonthlyBudget()).isNull();
  }

  @Test
  void everyProblemIsReportedAtOnceInFieldOrder() {
    assertThat(violations(new RecordLocationRequestBody("x", "igloo", new BigDecimal("0.5"),
        new BigDecimal("200000"), new MoneyInput("EUR", "-1"), Arrays.asList("Mars", null),
        "2026-13-01", "ROCKETS", "x".repeat(1001), "ref/../1")))
        .extracting(FieldViolation::field)
        .containsExactly("enterpriseNumber", "unitType", "surfaceMin", "surfaceMax",
            "maxMonthlyBudget.value", "communes[0]", "communes[1]", "wantedFrom", "sector",
            "specialNeeds", "referralId");
  }

  @Test
  void surfacesMustBeWholeAndOrdered() {
    assertThat(violations(body("80.5", "100", List.of(), "2026-06-01")))
        .containsExactly(new FieldViolation("surfaceMin",
            "must be a whole number of square metres"));
    assertThat(violations(body("120", "80", List.of(), "2026-06-01")))
        .containsExactly(new FieldViolation("surfaceMax", "must be at least surfaceMin (120)"));
    assertThat(violations(body(null, null, List.of(), "2026-06-01")))
        .containsExactly(new FieldViolation("surfaceMin", "is required"),
            new FieldViolation("surfaceMax", "is required"));
    assertThat(LocationRequestInput.newRequest(body("80.00", "8E+1", List.of(), "2026-06-01"), TODAY)
        .surface()).isEqualTo(new SurfaceRange(80, 80));
  }

  @Test
  void datesAreIsoAndWithinTheWindow() {
    assertThat(violations(body("1", "2", List.of(), "2026-05-02")))
        .containsExactly(new FieldViolation("wantedFrom", "must be 2026-05-03 or later"));
    assertThat(violations(body("1", "2", List.of(), "4 May 2026")))
        .containsExactly(new FieldViolation("wantedFrom", "must be a date written YYYY-MM-DD"));
    assertThat(violations(body("1", "2", List.of(), "2026-02-29")))
        .containsExactly(new FieldViolation("wantedFrom", "must be a date written YYYY-MM-DD"));
  }

  private static List<FieldViolation> violations(RecordLocationRequestBody body) {
    try {
      LocationRequestInput.newRequest(body, TODAY);
      throw new AssertionError("accepted " + body);
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }
}
