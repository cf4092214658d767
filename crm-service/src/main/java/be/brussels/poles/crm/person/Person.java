package be.brussels.poles.crm.person;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person linked to companies (founder, manager, contact), with the fields the SBA's
 * target-group statistics need and the legal basis of keeping them. Personal data: owned by
 * the agency that recorded it, read by others only through a grant, every read logged.
 *
 * @param jobseeker null when unknown
 * @param consentAt when consent was given; set exactly when {@code legalBasis} is CONSENT
 */
public record Person(String personId, String firstName, String lastName, String email,
    Gender gender, AgeBand ageBand, Boolean jobseeker, Language language, LegalBasis legalBasis,
    Instant consentAt, Agency owner, String recordedBy, Instant recordedAt, long version,
    List<CompanyRole> roles) {

  public Person {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(owner, "owner");
    roles = List.copyOf(roles);
  }

  /** A role in a company for a period; {@code until} null while it lasts. */
  public record CompanyRole(EnterpriseNumber company, RoleType role, LocalDate from,
      LocalDate until) {}

  /** The roles a person may hold in a company. */
  public enum RoleType { FOUNDER, MANAGER, CONTACT }

  /** As the person states it; statistics count each value, UNDISCLOSED included. */
  public enum Gender { FEMALE, MALE, X, UNDISCLOSED }

  /** Age bands of the SBA statistics (youth under 25, seniors 55 and over). */
  public enum AgeBand { UNDER_25, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55, UNKNOWN }

  /** The language the person is served in. */
  public enum Language { FR, NL, EN, DE, OTHER }

  /**
   * Why the CRM may keep the data (GDPR art. 6(1)): public agencies rely on their public task or
   * a legal obligation; consent only where neither applies.
   */
  public enum LegalBasis { PUBLIC_TASK, LEGAL_OBLIGATION, CONSENT }
}
