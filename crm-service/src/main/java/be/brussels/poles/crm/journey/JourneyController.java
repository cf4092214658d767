package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for the gateway: a company's journey, page by page, newest first unless asked otherwise,
 * filtered by agency, type, date and confidentiality; and who else works with the company.
 */
@RestController
public class JourneyController {

  static final int DEFAULT_PAGE_SIZE = 50;
  private static final Pattern TYPE_PREFIX = Pattern.compile("[a-z_]+(\\.[a-z_]+)*");

  private final JourneyLog journey;

  public JourneyController(JourneyLog journey) {
    this.journey = journey;
  }

  /**
   * {@code GET /companies/{number}/journey?agency=FINANCE&agency=CITYDEV&type=financing
   * &from=2026-01-01&until=2026-04-01&confidentiality=CONFIDENTIAL&sort=newest|oldest
   * &page=&size=}.
   */
  @GetMapping(path = "/companies/{number}/journey", produces = MediaType.APPLICATION_JSON_VALUE)
  public JourneyPageResource journey(@PathVariable String number,
      @RequestParam(required = false) List<String> agency,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String confidentiality,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
    EnterpriseNumber company = EnterpriseNumber.parse(number, "enterpriseNumber");
    List<FieldViolation> violations = new ArrayList<>();
    if (page < 0 || page > PageQuery.MAX_PAGE) {
      violations.add(new FieldViolation("page", "must be from 0 to " + PageQuery.MAX_PAGE));
    }
    if (size < 1 || size > JourneyLog.MAX_PAGE_SIZE) {
      violations.add(new FieldViolation("size", "must be between 1 and " + JourneyLog.MAX_PAGE_SIZE));
    }
    Set<Agency> agencies = EnumSet.noneOf(Agency.class);
    for (String text : agency == null ? List.<String>of() : agency) {
      QueryParams.enumValue(Agency.class, text, "agency", violations).ifPresent(agencies::add);
    }
    Optional<String> typePrefix = QueryParams.text(type, "type", violations);
    if (typePrefix.isPresent() && !TYPE_PREFIX.matcher(typePrefix.get()).matches()) {
      violations.add(new FieldViolation("type",
          "must be a type or its start in dotted lower-case words, such as financing"));
    }
    Optional<Instant> fromAt = QueryParams.instant(from, "from", violations);
    Optional<Instant> untilAt = QueryParams.instant(until, "until", violations);
    QueryParams.orderedRange(fromAt, untilAt, violations);
    JourneyFilter filter = new JourneyFilter(agencies, typePrefix, fromAt, untilAt,
        QueryParams.enumValue(Confidentiality.class, confidentiality, "confidentiality",
            violations),
        QueryParams.newestFirst(sort, violations));
    InputChecks.throwIfAny(violations);
    JourneySlice slice = journey.list(CurrentCaller.get(), company, filter, ReadPath.LIST,
        (long) page * size, size);
    long totalPages = (slice.totalItems() + size - 1) / size;
    return new JourneyPageResource(slice.entries().stream().map(JourneyItemResource::of).toList(),
        page, size, slice.totalItems(), totalPages);
  }

  /**
   * "Who else works with this company": every agency that has recorded something about it, with
   * its latest entry (named contact, stage as type and headline) and whether its file is open.
   * Visible to every partner agency; the detail follows the usual redaction.
   */
  @GetMapping(path = "/companies/{number}/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<AgencyInvolvementResource> agencies(@PathVariable String number) {
    EnterpriseNumber company = EnterpriseNumber.parse(number, "enterpriseNumber");
    return journey.latestPerAgency(CurrentCaller.get(), company, ReadPath.LIST).stream()
        .map(AgencyInvolvementResource::of).toList();
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

    public static JourneyItemResource of(JourneyEntry entry) {
      JourneyEvent e = entry.event();
      return new JourneyItemResource(e.eventId(), e.enterpriseNumber().value(),
          e.sourceAgency().name(), e.type(), e.occurredAt(), e.headline(),
          new ContactResource(e.contact().name(), e.contact().email()),
          e.confidentiality().name(), entry.redacted() ? null : e.detail(), entry.redacted(),
          e.sourceReference());
    }
  }

  /**
   * One agency working with the company.
   *
   * @param openFile false when the agency's latest entry closed its file
   * @param latest its latest entry, as the reader may see it
   */
  public record AgencyInvolvementResource(String agency, String pole, boolean openFile,
      ContactResource contact, String stage, Instant since, JourneyItemResource latest) {

    public static AgencyInvolvementResource of(JourneyEntry entry) {
      JourneyEvent e = entry.event();
      return new AgencyInvolvementResource(e.sourceAgency().name(),
          e.sourceAgency().pole().name(), !JourneyStages.closesFile(e.type()),
          new ContactResource(e.contact().name(), e.contact().email()), e.headline(),
          e.occurredAt(), JourneyItemResource.of(entry));
    }
  }

  /** The owning agency's contact. */
  public record ContactResource(String name, String email) {}
}
