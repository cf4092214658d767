package be.brussels.poles.crm.journey;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST for the gateway: a company's journey, page by page, newest first. */
@RestController
public class JourneyController {

  static final int DEFAULT_PAGE_SIZE = 50;

  private final JourneyLog journey;

  public JourneyController(JourneyLog journey) {
    this.journey = journey;
  }

  @GetMapping(path = "/companies/{number}/journey", produces = MediaType.APPLICATION_JSON_VALUE)
  public JourneyPageResource journey(@PathVariable String number,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
    EnterpriseNumber company = EnterpriseNumber.parse(number, "enterpriseNumber");
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    if (size < 1 || size > JourneyLog.MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + JourneyLog.MAX_PAGE_SIZE);
    }
    JourneySlice slice = journey.list(CurrentCaller.get(), company, (long) page * size, size);
    long totalPages = (slice.totalItems() + size - 1) / size;
    return new JourneyPageResource(slice.entries().stream().map(JourneyItemResource::of).toList(),
        page, size, slice.totalItems(), totalPages);
  }

  /** One page of the journey. */
  public record JourneyPageResource(List<JourneyItemResource> items, int page, int size,
      long totalItems, long totalPages) {}

  /**
   * One entry as the reader may see it.
   *
   * @param sourceAgency the agency's enum name, e.g. "HUB_IMPULSE"
   * @param confidentiality "SHARED" or "CONFIDENTIAL"
   * @param detail null when {@code redacted}
   */
  public record JourneyItemResource(String eventId, String enterpriseNumber, String sourceAgency,
      String type, Instant occurredAt, String headline, ContactResource contact,
      String confidentiality, String detail, boolean redacted, String sourceReference) {

    static JourneyItemResource of(JourneyEntry entry) {
      JourneyEvent e = entry.event();
      return new JourneyItemResource(e.eventId(), e.enterpriseNumber().value(),
          e.sourceAgency().name(), e.type(), e.occurredAt(), e.headline(),
          new ContactResource(e.contact().name(), e.contact().email()),
          e.confidentiality().name(), entry.redacted() ? null : e.detail(), entry.redacted(),
          e.sourceReference());
    }
  }

  /** The owning agency's contact. */
  public record ContactResource(String name, String email) {}
}
