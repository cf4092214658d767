package be.brussels.poles.guidance.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorTest {

  private static final LocalDate CHARTER = LocalDate.of(2026, 1, 5);
  private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
  private static final LocalDate UNTIL = LocalDate.of(2027, 1, 31);

  private static Operator applicant() {
    return Operator.register("  Coaching Partner asbl ", Operator.Kind.PRIVATE_PARTNER,
        Optional.empty(), List.of("business plan"));
  }

  @Test
  void anOperatorIsAccreditedOnlyWithinItsPeriodOnceItSignedTheCharter() {
    Operator registered = applicant();
    assertThat(registered.name()).isEqualTo("Coaching Partner asbl");
    assertThat(registered.state()).isEqualTo(Operator.State.APPLIED);
    assertThat(registered.accreditedOn(FROM)).isFalse();

    Operator accredited = registered.accredit(CHARTER, FROM, UNTIL);

    assertThat(accredited.accreditedOn(FROM.minusDays(1))).isFalse();
    assertThat(accredited.accreditedOn(FROM)).isTrue();
    assertThat(accredited.accreditedOn(UNTIL)).isTrue();
    assertThat(accredited.accreditedOn(UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void suspensionAndWithdrawalEndTheAccreditation() {
    Operator accredited = applicant().accredit(CHARTER, FROM, UNTIL);
    Operator suspended = accredited.changeState(Operator.State.SUSPENDED);
    assertThat(suspended.accreditedOn(FROM)).isFalse();
    assertThat(suspended.changeState(Operator.State.ACCREDITED).accreditedOn(FROM)).isTrue();
    Operator withdrawn = suspended.changeState(Operator.State.WITHDRAWN);
    assertThatThrownBy(() -> withdrawn.accredit(CHARTER, FROM, UNTIL))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> applicant().changeState(Operator.State.ACCREDITED))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("charter");
  }

  @Test
  void theCharterComesFirstAndThePeriodEndsAfterItStarts() {
    assertThatThrownBy(() -> applicant().accredit(FROM.plusDays(1), FROM, UNTIL))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("charter");
    assertThatThrownBy(() -> applicant().accredit(CHARTER, UNTIL, FROM))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Operator.register(" ", Operator.Kind.CONSULTANT, Optional.empty(),
        List.of())).isInstanceOf(InvalidInputException.class);
  }
}
