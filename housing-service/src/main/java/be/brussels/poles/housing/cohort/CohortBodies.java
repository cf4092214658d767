package be.brussels.poles.housing.cohort;

import java.math.BigDecimal;

/** The REST bodies of incubation cohorts, as received. */
public final class CohortBodies {

  private CohortBodies() {}

  /**
   * {@code POST /cohorts}.
   *
   * @param siteId an incubator of the inventory
   * @param name e.g. "Spring 2027 intake", at most 200 characters
   * @param intakeDate ISO date the round starts
   * @param capacity 1-200 companies
   */
  public record Open(String siteId, String name, String intakeDate, BigDecimal capacity) {}

  /** {@code POST /cohorts/{id}/admissions}, conditional on the cohort's version. */
  public record Admit(String enterpriseNumber, Long version) {}
}
