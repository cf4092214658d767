package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.web.MoneyInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationInputTest {

  @Test
  void aValidRequestBecomesCheckedValues() {
    NewApplication input = ApplicationInput.newApplication(new RecordApplicationRequest(
        "BE 0403.019.261", " pre_seed ", new MoneyInput("eur", "7500.5"), "  Prototype  ", null, null, null, null, null));

    assertThat(input.enterpriseNumber().value()).isEqualTo("0403019261");
    assertThat(input.instrument()).isEqualTo(Instrument.PRE_SEED);
    assertThat(input.amount()).isEqualTo(Money.euros("7500.50"));
    assertThat(input.purpose()).isEqualTo("Prototype");
  }

  @Test
  void everyProblemIsReportedAtOnceInFieldOrder() {
    assertThat(violations(new RecordApplicationRequest("0403.019.262", "LOAN",
        new MoneyInput("USD", "1.001"), "", null, null, null, null, null)))
        .extracting(FieldViolation::field)
        .containsExactly("enterpriseNumber", "instrument", "amount.currency", "amount.value",
            "purpose");
    assertThat(violations(new RecordApplicationRequest(null, null, null, null, null, null, null, null, null)))
        .containsExactly(new FieldViolation("enterpriseNumber", "is required"),
            new FieldViolation("instrument", "is required"),
            new FieldViolation("amount", "is required"),
            new FieldViolation("purpose", "is required"));
  }

  @Test
  void anUnknownInstrumentListsTheAllowedValues() {
    assertThat(violations(new RecordApplicationRequest("0403019261", "mortgage",
        new MoneyInput("EUR", "1"), "x", null, null, null, null, null)))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("instrument");
          assertThat(v.reason()).startsWith("must be one of START_LOAN, SUBORDINATED_LOAN")
              .endsWith("GUARANTEE");
        });
  }

  @Test
  void listParametersHaveDefaultsAndBounds() {
    ListQuery defaults = ApplicationInput.query(null, null, null);
    assertThat(defaults.enterpriseNumber()).isEmpty();
    assertThat(defaults.page()).isEqualTo(new PageQuery(0, 50));

    ListQuery query = ApplicationInput.query("0403.019.261", "3", "200");
    assertThat(query.enterpriseNumber()).hasValueSatisfying(
        n -> assertThat(n.value()).isEqualTo("0403019261"));
    assertThat(query.page().offset()).isEqualTo(600);

    assertThatThrownBy(() -> ApplicationInput.query("x", "1000001", "0"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("enterpriseNumber", "page", "size"));
    assertThatThrownBy(() -> ApplicationInput.query(null, "1.5", "99999999999"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("page", "size"));
  }

  @Test
  void applicationIdsAreUuids() {
    assertThat(ApplicationInput.applicationId("0b7e1f6e-64a8-4d3b-9a55-5b0a4b1f2c3d"))
        .hasToString("0b7e1f6e-64a8-4d3b-9a55-5b0a4b1f2c3d");
    for (String bad : new String[] {"1-1-1-1-1", "", "0b7e1f6e64a84d3b9a555b0a4b1f2c3d", "x"}) {
      assertThatThrownBy(() -> ApplicationInput.applicationId(bad)).as(bad)
          .isInstanceOf(InvalidInputException.class).hasMessage("applicationId must be a UUID");
    }
  }

  private static List<FieldViolation> violations(RecordApplicationRequest request) {
    try {
      ApplicationInput.newApplication(request);
      throw new AssertionError("accepted " + request);
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }
}
