package be.brussels.poles.housing.cohort;

import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.inventory.SiteType;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An intake round of an incubator (SBA M66): its name, the day it starts and the companies
 * admitted, each with who admitted it and when. One document, versioned.
 *
 * @param capacity the most companies the round takes
 */
public record Cohort(UUID cohortId, UUID siteId, String siteName, String name,
    LocalDate intakeDate, int capacity, List<Admission> admissions, Officer createdBy,
    Instant createdAt, long version) {

  public static final int LARGEST = 200;

  /** A company admitted to the round. */
  public record Admission(EnterpriseNumber enterpriseNumber, String companyName,
      Officer admittedBy, Instant admittedAt) {

    public Admission {
      Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
      companyName = Objects.requireNonNullElse(companyName, "");
      Objects.requireNonNull(admittedBy, "admittedBy");
      Objects.requireNonNull(admittedAt, "admittedAt");
    }
  }

  public Cohort {
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(intakeDate, "intakeDate");
    admissions = List.copyOf(admissions);
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Opens an intake round at an incubator.
   *
   * @throws BusinessRuleException naming siteId when the site is not an incubator
   */
  public static Cohort open(UUID cohortId, Site incubator, String name, LocalDate intakeDate,
      int capacity, Officer by, Instant at) {
    if (incubator.type() != SiteType.INCUBATOR) {
      throw new BusinessRuleException("siteId", "intake rounds are an incubator's; "
          + incubator.name() + " is a " + incubator.type().labels().en().toLowerCase(Locale.ROOT));
    }
    return new Cohort(cohortId, incubator.siteId(), incubator.name(), name, intakeDate,
        capacity, List.of(), by, at, 1);
  }

  /**
   * Admits a company.
   *
   * @throws BusinessRuleException naming enterpriseNumber when already admitted, or when the
   *     round is full
   */
  public Cohort admit(Admission admission) {
    for (Admission earlier : admissions) {
      if (earlier.enterpriseNumber().equals(admission.enterpriseNumber())) {
        throw new BusinessRuleException("enterpriseNumber", "was already admitted to this round"
            + " on " + earlier.admittedAt().toString().substring(0, 10));
      }
    }
    if (admissions.size() >= capacity) {
      throw new BusinessRuleException("enterpriseNumber",
          "the round is full (" + capacity + " companies)");
    }
    List<Admission> all = new ArrayList<>(admissions);
    all.add(admission);
    return new Cohort(cohortId, siteId, siteName, name, intakeDate, capacity, all, createdBy,
        createdAt, version);
  }
}
