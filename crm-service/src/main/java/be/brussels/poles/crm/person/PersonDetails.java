package be.brussels.poles.crm.person;

import be.brussels.poles.crm.person.Person.AgeBand;
import be.brussels.poles.crm.person.Person.CompanyRole;
import be.brussels.poles.crm.person.Person.Gender;
import be.brussels.poles.crm.person.Person.Language;
import be.brussels.poles.crm.person.Person.LegalBasis;
import java.time.Instant;
import java.util.List;

/** What a staff member records or changes about a person, already checked by the adapter. */
public record PersonDetails(String firstName, String lastName, String email, Gender gender,
    AgeBand ageBand, Boolean jobseeker, Language language, LegalBasis legalBasis,
    Instant consentAt, List<CompanyRole> roles) {

  public PersonDetails {
    roles = List.copyOf(roles);
  }
}
