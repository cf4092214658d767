package be.brussels.poles.crm.journey;

import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;

/**
 * A journey event as an emitter sent it, before any check. Absent values are null (the
 * adapter maps an unset or unspecified field to null).
 *
 * @param occurredAt null when unset; {@link Instant#MIN} when the sent value is no valid instant
 */
public record IncomingJourneyEvent(String eventId, String enterpriseNumber, Agency sourceAgency,
    String type, Instant occurredAt, String headline, String contactName, String contactEmail,
    Confidentiality confidentiality, String detail, String sourceReference) {}
