package be.brussels.poles.crm.journey;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a company's path, as stored: already validated ({@link JourneyEventValidator}).
 * Optional texts are empty strings, never null.
 *
 * @param eventId the emitter's idempotency key; stored once
 * @param occurredAt when it happened at the source, at millisecond precision (the database's)
 */
public record JourneyEvent(String eventId, EnterpriseNumber enterpriseNumber, Agency sourceAgency,
    String type, Instant occurredAt, String headline, Contact contact,
    Confidentiality confidentiality, String detail, String sourceReference) {

  public JourneyEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(sourceAgency, "sourceAgency");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(confidentiality, "confidentiality");
    detail = Objects.requireNonNullElse(detail, "");
    sourceReference = Objects.requireNonNullElse(sourceReference, "");
  }

  /** The owning agency's contact for the company; either part may be empty. */
  public record Contact(String name, String email) {
    public Contact {
      name = Objects.requireNonNullElse(name, "");
      email = Objects.requireNonNullElse(email, "");
    }
  }
}
