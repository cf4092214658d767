package be.brussels.poles.kit.journey;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A journey event a pole has recorded and must deliver to the CRM. Its {@code eventId} is the
 * idempotency key: chosen once, when the change is written, and kept across every retry.
 */
public record PendingJourneyEvent(
    String eventId,
    EnterpriseNumber enterpriseNumber,
    Agency sourceAgency,
    String type,
    Instant occurredAt,
    String headline,
    String contactName,
    String contactEmail,
    Confidentiality confidentiality,
    String detail,
    String sourceReference) {

  public PendingJourneyEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(sourceAgency, "sourceAgency");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(confidentiality, "confidentiality");
    contactName = Objects.requireNonNullElse(contactName, "");
    contactEmail = Objects.requireNonNullElse(contactEmail, "");
    detail = Objects.requireNonNullElse(detail, "");
    sourceReference = Objects.requireNonNullElse(sourceReference, "");
  }

  /** A new event with a fresh id. */
  public static PendingJourneyEvent create(EnterpriseNumber company, Agency agency, String type,
      Instant occurredAt, String headline, String contactName, String contactEmail,
      Confidentiality confidentiality, String detail, String sourceReference) {
    return new PendingJourneyEvent(UUID.randomUUID().toString(), company, agency, type, occurredAt,
        headline, contactName, contactEmail, confidentiality, detail, sourceReference);
  }
}
