package be.brussels.poles.crm.company360;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.access.DataRead;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.company.Company;
import be.brussels.poles.crm.company.CompanyDirectory;
import be.brussels.poles.crm.journey.JourneyEntry;
import be.brussels.poles.crm.journey.JourneyLog;
import be.brussels.poles.crm.journey.JourneySlice;
import be.brussels.poles.crm.team.Teams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Company 360 view: who the company is, who works with it (contacts and team), its latest
 * journey, and each pole's live summary. The poles are asked first and answer while the CRM
 * reads its own data; a pole that does not answer in time is shown unavailable with its agencies'
 * last journey entries, and the view still loads.
 */
public final class CompanyView {

  /** How many journey entries the view shows; the journey page has the rest. */
  public static final int JOURNEY_ENTRIES = 20;
  static final String POLE_ITEM = "pole-summary-item";

  private final CompanyDirectory directory;
  private final JourneyLog journey;
  private final Teams teams;
  private final PoleSummaries poles;
  private final CrmAccessPolicy policy;
  private final AccessGrants grants;
  private final AccessLog accessLog;
  private final Clock clock;

  public CompanyView(CompanyDirectory directory, JourneyLog journey, Teams teams,
      PoleSummaries poles, CrmAccessPolicy policy, AccessGrants grants, AccessLog accessLog,
      Clock clock) {
    this.directory = directory;
    this.journey = journey;
    this.teams = teams;
    this.poles = poles;
    this.policy = policy;
    this.grants = grants;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** The view as {@code caller} may see it. */
  public record View(Company company, List<JourneyEntry> involvement, Teams.TeamView team,
      JourneySlice journey, List<PoleView> poles) {}

  /**
   * One pole on the view.
   *
   * @param answer the live answer (items redacted where the reader may not see their detail)
   * @param lastKnown when the pole did not answer: its agencies' latest journey entries
   */
  public record PoleView(PoleAnswer answer, List<JourneyEntry> lastKnown) {
    public boolean available() {
      return answer.outcome().answered();
    }
  }

  public View view(Caller caller, EnterpriseNumber number, ReadPath path) {
    policy.requireListJourney(caller);
    Company company = directory.resolve(caller, number);
    PoleSummaries.Pending pending = poles.ask(number);
    List<JourneyEntry> involvement = journey.latestPerAgency(caller, number, path);
    Teams.TeamView team = teams.view(caller, number, path);
    JourneySlice latest = journey.list(caller, number, 0, JOURNEY_ENTRIES);
    Map<Agency.Pole, PoleAnswer> answers = pending.await();

    DetailGrants held = grants.grantsFor(caller, number, clock.instant());
    List<DataRead> reads = new ArrayList<>();
    List<PoleView> views = new ArrayList<>();
    for (PoleAnswer answer : new EnumMap<>(answers).values()) {
      if (!answer.outcome().answered()) {
        views.add(new PoleView(answer, involvement.stream()
            .filter(e -> e.event().sourceAgency().pole() == answer.pole()).toList()));
        continue;
      }
      List<PoleItem> items = new ArrayList<>();
      for (PoleItem item : answer.items()) {
        if (item.confidentialDetail().isEmpty()) {
          items.add(item);
          continue;
        }
        Optional<AccessBasis> basis = policy.protectedDataBasis(caller, item.agency(),
            DataCategory.CONFIDENTIAL_DETAIL, held);
        if (basis.isPresent()) {
          items.add(item);
          reads.add(DataRead.of(POLE_ITEM, item.id(), number, item.agency(),
              DataCategory.CONFIDENTIAL_DETAIL, basis.get()));
        } else {
          items.add(item.withoutDetail());
        }
      }
      views.add(new PoleView(new PoleAnswer(answer.pole(), answer.outcome(), items,
          answer.took()), List.of()));
    }
    accessLog.record(caller, path, reads);
    return new View(company, involvement, team, latest, views);
  }
}
