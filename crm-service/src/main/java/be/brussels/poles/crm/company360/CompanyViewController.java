package be.brussels.poles.crm.company360;

import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.journey.JourneyController.AgencyInvolvementResource;
import be.brussels.poles.crm.journey.JourneyController.JourneyItemResource;
import be.brussels.poles.crm.team.TeamController.TeamResource;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** REST: the Company 360 view. */
@RestController
public class CompanyViewController {

  private final CompanyView view;
  private final Clock clock;

  public CompanyViewController(CompanyView view, Clock clock) {
    this.view = view;
    this.clock = clock;
  }

  /**
   * {@code GET /companies/{number}/360}: always 200 for a known company, even when poles do not
   * answer (each pole says whether it is available).
   */
  @GetMapping(path = "/companies/{number}/360", produces = MediaType.APPLICATION_JSON_VALUE)
  public Company360Resource view(@PathVariable String number) {
    CompanyView.View v = view.view(CurrentCaller.get(),
        EnterpriseNumber.parse(number, "enterpriseNumber"), ReadPath.DETAIL);
    var company = v.company();
    return new Company360Resource(
        new ProfileResource(company.companyId(), company.enterpriseNumber().value(),
            company.enterpriseNumber().formatted(), company.name().value(),
            company.stage(LocalDate.now(clock)).name(), company.registeredAt()),
        v.involvement().stream().map(AgencyInvolvementResource::of).toList(),
        TeamResource.of(v.team().team(), v.team().recruitmentRedacted()),
        v.journey().entries().stream().map(JourneyItemResource::of).toList(),
        v.journey().totalItems(),
        v.poles().stream().map(PoleResource::of).toList());
  }

  /** The whole view. */
  public record Company360Resource(ProfileResource profile,
      List<AgencyInvolvementResource> agencies, TeamResource team,
      List<JourneyItemResource> journey, long journeyTotal, List<PoleResource> poles) {}

  /** Who the company is. */
  public record ProfileResource(String companyId, String enterpriseNumber, String formattedNumber,
      String name, String lifeCycleStage, Instant registeredAt) {}

  /**
   * One pole.
   *
   * @param status ANSWERED, or why not: DEADLINE_EXCEEDED, CIRCUIT_OPEN, BULKHEAD_FULL,
   *     UNAVAILABLE
   * @param lastKnown when unavailable: the pole's agencies' latest journey entries
   */
  public record PoleResource(String pole, boolean available, String status, long tookMillis,
      List<ItemResource> items, List<JourneyItemResource> lastKnown) {

    static PoleResource of(CompanyView.PoleView p) {
      return new PoleResource(p.answer().pole().name(), p.available(),
          p.answer().outcome().name(), p.answer().took().toMillis(),
          p.answer().items().stream().map(ItemResource::of).toList(),
          p.lastKnown().stream().map(JourneyItemResource::of).toList());
    }
  }

  /**
   * One live item.
   *
   * @param detail null when redacted or when the item has none
   */
  public record ItemResource(String id, String agency, String kind, String stage,
      String contactName, String contactEmail, Instant since, String detail, boolean redacted) {

    static ItemResource of(PoleItem item) {
      return new ItemResource(item.id(), item.agency().name(), item.kind(), item.stage(),
          item.contactName(), item.contactEmail(), item.since(),
          item.confidentialDetail().orElse(null), item.redacted());
    }
  }
}
