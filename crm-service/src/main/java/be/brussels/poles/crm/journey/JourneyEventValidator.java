package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.journey.JourneyEvent.Contact;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a journey event must meet before the CRM stores it. A batch is all or nothing: the
 * first broken rule refuses the whole batch, naming the field as {@code events[i].field} (the
 * contract's field names), so an emitter can find and fix the event.
 */
public final class JourneyEventValidator {

  public static final int MAX_BATCH = 500;
  static final int MAX_EVENT_ID = 100;
  static final int MAX_TYPE = 100;
  static final int MAX_HEADLINE = 200;
  static final int MAX_CONTACT_FIELD = 200;
  static final int MAX_DETAIL = 4000;
  static final int MAX_SOURCE_REFERENCE = 200;
  /** Clocks drift; an event a little ahead of ours is accepted, one far ahead is a bug. */
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  /** The start of year 1, the earliest instant a protobuf Timestamp may hold. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]+");
  private static final Pattern TYPE = Pattern.compile("^[a-z]+(\\.[a-z_]+)+$");

  private JourneyEventValidator() {}

  /**
   * Checks a batch.
   *
   * @param now the CRM's current time, for the future-date rule
   * @return the events, ready to store
   * @throws InvalidInputException for the first broken rule
   */
  public static List<JourneyEvent> validateBatch(List<IncomingJourneyEvent> batch, Instant now) {
    if (batch.isEmpty() || batch.size() > MAX_BATCH) {
      throw new InvalidInputException("events",
          "must hold 1 to " + MAX_BATCH + " events, not " + batch.size());
    }
    List<JourneyEvent> events = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      events.add(validate(batch.get(i), "events[" + i + "].", now));
    }
    return events;
  }

  static JourneyEvent validate(IncomingJourneyEvent in, String prefix, Instant now) {
    String eventId = required(in.eventId(), prefix + "event_id");
    maxLength(eventId, MAX_EVENT_ID, prefix + "event_id");
    if (!EVENT_ID.matcher(eventId).matches()) {
      throw new InvalidInputException(prefix + "event_id",
          "may only contain letters, digits and . _ : -");
    }
    EnterpriseNumber number = EnterpriseNumber.parse(in.enterpriseNumber(), prefix + "enterprise_number");
    if (in.sourceAgency() == null) {
      throw new InvalidInputException(prefix + "source_agency", "must name an agency");
    }
    String type = required(in.type(), prefix + "type");
    maxLength(type, MAX_TYPE, prefix + "type");
    if (!TYPE.matcher(type).matches()) {
      throw new InvalidInputException(prefix + "type",
          "must be dotted lower-case words such as guidance.file.opened");
    }
    Instant occurredAt = occurredAt(in.occurredAt(), prefix + "occurred_at", now);
    String headline = required(in.headline(), prefix + "headline").strip();
    maxLength(headline, MAX_HEADLINE, prefix + "headline");
    String contactName = orEmpty(in.contactName());
    maxLength(contactName, MAX_CONTACT_FIELD, prefix + "contact.name");
    String contactEmail = orEmpty(in.contactEmail());
    maxLength(contactEmail, MAX_CONTACT_FIELD, prefix + "contact.email");
    if (in.confidentiality() == null) {
      throw new InvalidInputException(prefix + "confidentiality", "must be SHARED or CONFIDENTIAL");
    }
    String detail = orEmpty(in.detail());
    maxLength(detail, MAX_DETAIL, prefix + "detail");
    String sourceReference = orEmpty(in.sourceReference());
    maxLength(sourceReference, MAX_SOURCE_REFERENCE, prefix + "source_reference");
    return new JourneyEvent(eventId, number, in.sourceAgency(), type, occurredAt, headline,
        new Contact(contactName, contactEmail), in.confidentiality(), detail, sourceReference);
  }

  private static Instant occurredAt(Instant value, String field, Instant now) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    if (value.isBefore(EARLIEST)) {
      throw new InvalidInputException(field, "is not a valid timestamp");
    }
    if (value.isAfter(now.plus(MAX_CLOCK_SKEW))) {
      throw new InvalidInputException(field, "is more than "
          + MAX_CLOCK_SKEW.toMinutes() + " minutes in the future");
    }
    return value.truncatedTo(ChronoUnit.MILLIS);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  private static void maxLength(String value, int max, String field) {
    if (value.length() > max && value.codePointCount(0, value.length()) > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
