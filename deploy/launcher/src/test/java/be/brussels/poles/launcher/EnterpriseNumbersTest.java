package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseNumbersTest {

    @Test
    void acceptsNumbersWhoseLastTwoDigitsAre97MinusTheFirstEightMod97() {
        assertThat(EnterpriseNumbers.isValid("0403019261")).isTrue();
        assertThat(EnterpriseNumbers.isValid("0428.759.497")).isTrue();
        assertThat(EnterpriseNumbers.isValid("0202239951")).isTrue();
    }

    @Test
    void rejectsAWrongCheckOrAWrongShape() {
        assertThat(EnterpriseNumbers.isValid("0403019262")).isFalse();
        assertThat(EnterpriseNumbers.isValid("403019261")).isFalse();
        assertThat(EnterpriseNumbers.isValid("2403019261")).isFalse();
        assertThat(EnterpriseNumbers.isValid("04030192a1")).isFalse();
    }

    @Test
    void computesTheCheckDigits() {
        assertThat(EnterpriseNumbers.withCheckDigits("04030192")).isEqualTo("0403019261");
        assertThat(EnterpriseNumbers.formatted("0403019261")).isEqualTo("0403.019.261");
    }
}
