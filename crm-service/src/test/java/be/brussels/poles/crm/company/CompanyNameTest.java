package be.brussels.poles.crm.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNameTest {

  @Test
  void surroundingBlanksAreTrimmed() {
    assertThat(CompanyName.parse("  Brasserie Cantillon \t", "name").value())
        .isEqualTo("Brasserie Cantillon");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void aMissingNameIsRequired(String input) {
    assertThatThrownBy(() -> CompanyName.parse(input, "name"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("name");
          assertThat(e.violations().get(0).reason()).isEqualTo("is required");
        });
  }

  @Test
  void twoHundredCharactersFitButNotOneMore() {
    assertThat(CompanyName.parse("x".repeat(200), "name").value()).hasSize(200);
    assertThatThrownBy(() -> CompanyName.parse("x".repeat(201), "name"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 200");
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    String emoji = "\uD83C\uDF7A"; // one character, two UTF-16 units
    assertThat(CompanyName.parse(emoji.repeat(200), "name").value()).isNotEmpty();
  }

  @Test
  void controlCharactersAreRefused() {
    assertThatThrownBy(() -> CompanyName.parse("Acme\u0000 SA", "company.name"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("company.name"));
  }
}
