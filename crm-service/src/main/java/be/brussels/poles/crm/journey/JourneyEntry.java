package be.brussels.poles.crm.journey;

/**
 * A journey event as one reader may see it. When {@code redacted}, the event's detail is
 * removed (empty); agency, type, date, headline and contact stay.
 */
public record JourneyEntry(JourneyEvent event, boolean redacted) {

  static JourneyEntry visible(JourneyEvent event) {
    return new JourneyEntry(event, false);
  }

  static JourneyEntry redactedFrom(JourneyEvent e) {
    return new JourneyEntry(new JourneyEvent(e.eventId(), e.enterpriseNumber(), e.sourceAgency(),
        e.type(), e.occurredAt(), e.headline(), e.contact(), e.confidentiality(), "",
        e.sourceReference()), true);
  }
}
