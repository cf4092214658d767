package be.brussels.poles.housing.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.housing.inventory.Coordinates;
import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.inventory.SiteType;
import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortTest {

  static final Officer BY = new Officer("O", "o@x");
  static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

  static Site site(SiteType type) {
    return new Site(UUID.randomUUID(), "Hub", type, "op", "Rue 1", "1000", Commune.BRUXELLES,
        new Coordinates(50.85, 4.35), List.of(), List.of(), BY, AT, 1);
  }

  static Cohort.Admission admission(String number) {
    return new Cohort.Admission(EnterpriseNumber.parse(number), "Co", BY, AT);
  }

  @Test
  void onlyIncubatorsHaveIntakeRounds() {
    assertThatThrownBy(() -> Cohort.open(UUID.randomUUID(), site(SiteType.COWORKING_SPACE),
        "Spring", LocalDate.parse("2027-03-01"), 10, BY, AT))
        .isInstanceOfSatisfying(BusinessRuleException.class,
            e -> assertThat(e.getMessage()).endsWith("Hub is a coworking space"));
  }

  @Test
  void aCompanyIsAdmittedOnceAndNoMoreThanTheCapacity() {
    Cohort cohort = Cohort.open(UUID.randomUUID(), site(SiteType.INCUBATOR), "Spring",
        LocalDate.parse("2027-03-01"), 2, BY, AT).admit(admission("0403019261"));
    assertThatThrownBy(() -> cohort.admit(admission("0403019261")))
        .hasMessage("was already admitted to this round on 2026-11-25");
    Cohort full = cohort.admit(admission("0428759497"));
    assertThat(full.admissions()).hasSize(2);
    assertThatThrownBy(() -> full.admit(admission("0202239951")))
        .hasMessage("the round is full (2 companies)");
  }
}
