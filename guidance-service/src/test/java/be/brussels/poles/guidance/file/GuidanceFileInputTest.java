package be.brussels.poles.guidance.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.input.ListQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidanceFileInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"0403.019.261", "0403019261", "BE0403019261", "BE 0403.019.261", "403019261"})
  void acceptsEveryNotationOfTheEnterpriseNumber(String notation) {
    OpenGuidanceFile command =
        GuidanceFileInput.open(new OpenGuidanceFileRequest(notation, "creation", null));

    assertThat(command.enterpriseNumber().value()).isEqualTo("0403019261");
    assertThat(command.packageType()).isEqualTo(PackageType.CREATION);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    assertThatThrownBy(() -> GuidanceFileInput.open(
        new OpenGuidanceFileRequest("0403.019.262", "COACHING", "n".repeat(2001))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("enterpriseNumber", "packageType", "note"));
  }

  @Test
  void unknownPackageListsTheAllowedValues() {
    assertThatThrownBy(() -> GuidanceFileInput.open(
        new OpenGuidanceFileRequest("0403019261", "GOLD", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).hasSize(1);
          assertThat(e.violations().get(0).field()).isEqualTo("packageType");
          assertThat(e.violations().get(0).reason()).contains("UNIVERSAL", "CREATION",
              "HIGH_POTENTIAL_STARTER", "ATRIUM_OPEN", "GROWTH", "RESTART", "TRANSFER", "TRANSITION");
        });
  }

  @Test
  void missingBodyMeansMissingRequiredFields() {
    assertThatThrownBy(() -> GuidanceFileInput.open(null))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("enterpriseNumber", "packageType"));
  }

  @Test
  void establishmentUnitNumberIsNotAnEnterpriseNumber() {
    assertThatThrownBy(() -> GuidanceFileInput.open(
        new OpenGuidanceFileRequest("2.123.456.789", "CREATION", null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("enterpriseNumber");
  }

  @Test
  void queryDefaultsToTheFirstPageOfFifty() {
    ListQuery query = GuidanceFileInput.query(null, null, null);

    assertThat(query.enterpriseNumber()).isEmpty();
    assertThat(query.page().page()).isZero();
    assertThat(query.page().size()).isEqualTo(50);
  }

  @Test
  void queryRefusesOutOfRangeAndNonNumericValuesNamingEach() {
    assertThatThrownBy(() -> GuidanceFileInput.query("12", "-1", "201"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("enterpriseNumber", "page", "size"));
    assertThatThrownBy(() -> GuidanceFileInput.query(null, "first", "0"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("page", "size"));
    assertThat(GuidanceFileInput.query("BE0403019261", "3", "200").page().size()).isEqualTo(200);
  }

  @Test
  void fileIdMustBeACanonicalUuid() {
    assertThat(GuidanceFileInput.fileId("6f1c2a0e-8b7d-4c1e-9a55-0d1b2c3d4e5f")).isNotNull();
    for (String bad : new String[] {"42", "1-1-1-1-1", "not-a-uuid", ""}) {
      assertThatThrownBy(() -> GuidanceFileInput.fileId(bad))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("fileId");
    }
  }
}
