package be.brussels.poles.bench;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Confidentiality;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.common.v1.JourneyEvent;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;

/**
 * Journey events as the guidance pole emits them, generated from a fixed seed so that every run
 * and every developer measures the same data: a few thousand companies, realistic headline and
 * detail lengths, timestamps spread over two years.
 */
final class JourneyDataset {

  private static final Agency[] AGENCIES = {Agency.AGENCY_HUB_1819, Agency.AGENCY_HUB_IMPULSE,
      Agency.AGENCY_HUB_ATRIUM, Agency.AGENCY_HUB_BIE};
  private static final String[] TYPES = {"guidance.file.opened", "guidance.session.held",
      "guidance.stage.changed", "guidance.followup.held", "guidance.orientation.given"};
  private static final String[] WORDS = {"coaching", "business", "plan", "financing", "permit",
      "premises", "export", "growth", "restart", "transfer", "follow-up", "quarterly", "market",
      "commerce", "retail", "hiring", "digital", "cooperative", "mentoring", "cashflow"};

  final List<JourneyEvent> events;

  private JourneyDataset(List<JourneyEvent> events) {
    this.events = events;
  }

  static JourneyDataset generate(long seed, int count, int companies) {
    Random random = new Random(seed);
    String[] numbers = new String[companies];
    for (int i = 0; i < companies; i++) {
      long body = 2_000_000 + random.nextInt(7_000_000);
      numbers[i] = String.format("%08d%02d", body, 97 - body % 97);
    }
    Instant start = Instant.parse("2024-10-01T00:00:00Z");
    List<JourneyEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String type = TYPES[random.nextInt(TYPES.length)];
      events.add(JourneyEvent.newBuilder()
          .setEventId(String.format("bench-%016x-%08d", seed, i))
          .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(numbers[random.nextInt(companies)]))
          .setSourceAgency(AGENCIES[random.nextInt(AGENCIES.length)])
          .setType(type)
          .setOccurredAt(Timestamp.newBuilder()
              .setSeconds(start.getEpochSecond() + random.nextInt(2 * 365 * 24 * 3600)))
          .setHeadline("Guidance: " + sentence(random, 6))
          .setContact(Contact.newBuilder().setName("Adviser " + random.nextInt(60))
              .setEmail("adviser" + random.nextInt(60) + "@hub.brussels"))
          .setConfidentiality(random.nextBoolean() ? Confidentiality.CONFIDENTIALITY_CONFIDENTIAL
              : Confidentiality.CONFIDENTIALITY_SHARED)
          .setDetail(sentence(random, 30))
          .setSourceReference("file-" + random.nextInt(1_000_000))
          .build());
    }
    return new JourneyDataset(events);
  }

  /** The document the CRM stores for an event (crm-service MongoJourneyRepository's layout). */
  static Document asStored(JourneyEvent e, java.util.Date receivedAt) {
    return new Document("_id", e.getEventId())
        .append("enterpriseNumber", e.getEnterpriseNumber().getValue())
        .append("sourceAgency", e.getSourceAgency().name().substring("AGENCY_".length()))
        .append("type", e.getType())
        .append("occurredAt", new java.util.Date(e.getOccurredAt().getSeconds() * 1000))
        .append("receivedAt", receivedAt)
        .append("headline", e.getHeadline())
        .append("contact", new Document("name", e.getContact().getName())
            .append("email", e.getContact().getEmail()))
        .append("confidentiality", e.getConfidentiality().name().substring("CONFIDENTIALITY_".length()))
        .append("detail", e.getDetail())
        .append("sourceReference", e.getSourceReference());
  }

  private static String sentence(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
