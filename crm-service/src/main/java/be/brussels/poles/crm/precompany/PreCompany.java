package be.brussels.poles.crm.precompany;

import be.brussels.poles.crm.company.CompanyName;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project before its company exists (a candidate founder, an activity-cooperative tester): no
 * enterprise number yet, but already a journey. When the number arrives the record is re-keyed:
 * its journey moves to the company under the same event ids, and the record keeps pointing to
 * the company ({@code rekeyedTo}) so that old links still lead somewhere.
 *
 * @param preCompanyId the CRM's id; a company created by the re-keying keeps it as its id
 * @param journey oldest first
 * @param rekeyedTo null while the project has no enterprise number
 */
public record PreCompany(String preCompanyId, CompanyName projectName, Agency registeredByAgency,
    String registeredBy, Instant registeredAt, long version, List<Event> journey,
    EnterpriseNumber rekeyedTo, Instant rekeyedAt) {

  public PreCompany {
    Objects.requireNonNull(preCompanyId, "preCompanyId");
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(registeredByAgency, "registeredByAgency");
    journey = List.copyOf(journey);
  }

  public boolean rekeyed() {
    return rekeyedTo != null;
  }

  /** One step of the project's path, in the journey's terms (owning agency, confidentiality). */
  public record Event(String eventId, Agency agency, String type, Instant occurredAt,
      String headline, String contactName, String contactEmail, Confidentiality confidentiality,
      String detail) {}
}
