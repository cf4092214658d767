package be.brussels.poles.kit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputChecksTest {

  enum Colour { RED, DARK_GREEN }

  @Test
  void enumValuesIgnoreCaseAndBlanksAndListTheAllowedOnes() {
    List<FieldViolation> violations = new ArrayList<>();
    assertThat(InputChecks.enumValue(Colour.class, " dark_green ", "colour", violations))
        .isEqualTo(Colour.DARK_GREEN);
    assertThat(InputChecks.enumValue(Colour.class, "blue", "colour", violations)).isNull();
    assertThat(InputChecks.enumValue(Colour.class, " ", "shade", violations)).isNull();
    assertThat(violations).containsExactly(
        new FieldViolation("colour", "must be one of RED, DARK_GREEN"),
        new FieldViolation("shade", "is required"));
  }

  @Test
  void wholeNumbersAreDigitsWithinBounds() {
    List<FieldViolation> violations = new ArrayList<>();
    assertThat(InputChecks.wholeNumber(" 80 ", "a", null, 1, 100, violations)).isEqualTo(80);
    assertThat(InputChecks.wholeNumber(null, "b", 7, 1, 100, violations)).isEqualTo(7);
    assertThat(InputChecks.wholeNumber("80.5", "c", null, 1, 100, violations)).isNull();
    assertThat(InputChecks.wholeNumber("1e3", "d", null, 1, 100, violations)).isNull();
    assertThat(InputChecks.wholeNumber("0", "e", null, 1, 100, violations)).isNull();
    assertThat(InputChecks.wholeNumber("99999999999999999999", "f", null, 1, 100, violations))
        .isNull();
    assertThat(InputChecks.wholeNumber("-9999999999", "g", null, 1, 100, violations)).isNull();
    assertThat(violations).containsExactly(
        new FieldViolation("c", "must be a whole number from 1 to 100"),
        new FieldViolation("d", "must be a whole number from 1 to 100"),
        new FieldViolation("e", "must be from 1 to 100"),
        new FieldViolation("f", "must be a whole number from 1 to 100"),
        new FieldViolation("g", "must be from 1 to 100"));
  }

  @Test
  void parsersThatThrowAreCollectedAndReportedTogether() {
    List<FieldViolation> violations = new ArrayList<>();
    assertThat(InputChecks.collect(violations, () -> EnterpriseNumber.parse("0403019262")))
        .isNull();
    assertThat(InputChecks.collect(violations, () -> EnterpriseNumber.parse("0403019261")))
        .isEqualTo(EnterpriseNumber.parse("403019261"));
    InputChecks.enumValue(Colour.class, "x", "colour", violations);
    assertThatThrownBy(() -> InputChecks.throwIfAny(violations))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("enterpriseNumber", "colour"));
    InputChecks.throwIfAny(List.of());
  }

  @Test
  void pagesDefaultToTheFirstFiftyAndStayWithinBounds() {
    List<FieldViolation> violations = new ArrayList<>();
    assertThat(PageQuery.parse(null, null, violations)).isEqualTo(PageQuery.first())
        .isEqualTo(new PageQuery(0, 50));
    assertThat(PageQuery.parse("3", "200", violations).offset()).isEqualTo(600);
    assertThat(PageQuery.parse("-1", "201", violations)).isNull();
    assertThat(violations).extracting(FieldViolation::field).containsExactly("page", "size");
    assertThatThrownBy(() -> new PageQuery(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPageKnowsHowManyPagesThereAre() {
    Page<Integer> page = Page.of(List.of(1, 2), new PageQuery(0, 2), 5);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 0, 2, 5, 3));
    assertThat(Page.of(List.of(), new PageQuery(0, 50), 0).totalPages()).isZero();
  }

  @Test
  void idsAreCanonicalUuids() {
    assertThat(InputChecks.uuid("0B7E1F6E-64a8-4d3b-9a55-5b0a4b1f2c3d", "id"))
        .hasToString("0b7e1f6e-64a8-4d3b-9a55-5b0a4b1f2c3d");
    for (String bad : new String[] {"1-1-1-1-1", "", "0b7e1f6e64a84d3b9a555b0a4b1f2c3d", "x",
        "+b7e1f6e-64a8-4d3b-9a55-5b0a4b1f2c3d", "0b7e1f6e-64a8-4d3b-9a55-5b0a4b1f2c3d0", null}) {
      assertThatThrownBy(() -> InputChecks.uuid(bad, "fileId")).as(bad)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
              .containsExactly(new FieldViolation("fileId", "must be a UUID")));
    }
  }

  @Test
  void listQueriesTakeACompanyInAnyNotationAndAPage() {
    ListQuery everyone = ListQuery.parse(null, null, " ");
    assertThat(everyone.enterpriseNumber()).isEmpty();
    assertThat(everyone.page()).isEqualTo(PageQuery.first());

    ListQuery company = ListQuery.parse("BE 0403.019.261", "2", "10");
    assertThat(company.enterpriseNumber()).contains(EnterpriseNumber.parse("0403019261"));
    assertThat(company.page()).isEqualTo(new PageQuery(2, 10));

    assertThatThrownBy(() -> ListQuery.parse("12", "-1", "201"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("enterpriseNumber", "page", "size"));
    assertThatThrownBy(() -> ListQuery.parse("0403019262", "1.5", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("enterpriseNumber", "page"));
  }
}
