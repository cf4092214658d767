package be.brussels.poles.crm.indicator;

import be.brussels.poles.crm.indicator.IndicatorReport.Row;
import be.brussels.poles.crm.journey.JourneyStore;
import be.brussels.poles.crm.journey.JourneyStore.SupportRow;
import be.brussels.poles.crm.referral.BelgianWorkingDays;
import be.brussels.poles.crm.referral.ReferralState;
import be.brussels.poles.crm.referral.ReferralStore;
import be.brussels.poles.crm.referral.ReferralStore.OutcomeRow;
import be.brussels.poles.crm.team.TeamStore;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Indicators for the SBA dashboard (domain §7), computed from the journey, the referrals and the
 * key accounts: counts and lead times, never a row about a company or a person. Companies are
 * counted once per dimension however many events they have.
 *
 * <p>Not yet computed: the split by founders' gender (needs the persons of issue 3 part A) and
 * by entrepreneur package (the journey event carries the package only in its headline).
 */
public final class Indicators {

  /** Type of the KBO alert the CRM records when a company's status changes. */
  static final String KBO_STATUS_CHANGED = "crm.kbo.status_changed";

  private final JourneyStore journey;
  private final ReferralStore referrals;
  private final TeamStore teams;

  public Indicators(JourneyStore journey, ReferralStore referrals, TeamStore teams) {
    this.journey = journey;
    this.referrals = referrals;
    this.teams = teams;
  }

  /**
   * The indicators of [from, until): the steering committee, auditors and the agencies'
   * managers read them.
   */
  public IndicatorReport compute(Caller caller, Instant from, Instant until) {
    if (!caller.isStaff() || !(caller.belongsTo(Agency.STEERING)
        || caller.hasAnyRole(Role.AUDITOR, Role.MANAGER, Role.ADMIN))) {
      throw new AccessDeniedException(
          "indicators are for the steering committee, auditors and managers");
    }
    List<Row> rows = new ArrayList<>();
    supported(journey.supportRows(from, until), rows);
    referralRows(referrals.outcomeRows(from, until), rows);
    rows.add(new Row("key_accounts", "", teams.countKeyAccounts()));
    return new IndicatorReport(from, until, rows);
  }

  private void supported(List<SupportRow> support, List<Row> rows) {
    Map<String, Set<String>> perPole = new TreeMap<>();
    Map<String, Set<String>> perAgency = new TreeMap<>();
    Map<String, Set<String>> perActivity = new TreeMap<>();
    Set<String> all = new HashSet<>();
    for (SupportRow row : support) {
      perPole.computeIfAbsent(row.agency().pole().name(), k -> new HashSet<>())
          .add(row.enterpriseNumber());
      perAgency.computeIfAbsent(row.agency().name(), k -> new HashSet<>())
          .add(row.enterpriseNumber());
      perActivity.computeIfAbsent(activity(row.type()), k -> new HashSet<>())
          .add(row.enterpriseNumber());
      all.add(row.enterpriseNumber());
    }
    rows.add(new Row("companies_supported", "", all.size()));
    counts("companies_supported_per_pole", perPole, rows);
    counts("companies_supported_per_agency", perAgency, rows);
    counts("companies_supported_per_activity", perActivity, rows);
    Set<String> ceased = journey.companiesWithType(KBO_STATUS_CHANGED);
    ceased.retainAll(all);
    rows.add(new Row("supported_companies_with_kbo_status_change", "", ceased.size()));
  }

  /** "guidance.file.opened" → "guidance.file": what the support was about. */
  static String activity(String type) {
    int last = type.lastIndexOf('.');
    return last > 0 ? type.substring(0, last) : type;
  }

  private static void counts(String indicator, Map<String, ? extends Collection<?>> groups,
      List<Row> rows) {
    groups.forEach((dimension, members) -> rows.add(new Row(indicator, dimension,
        members.size())));
  }

  private static void referralRows(List<OutcomeRow> outcomes, List<Row> rows) {
    rows.add(new Row("referrals_sent", "", outcomes.size()));
    Map<String, Integer> perState = new TreeMap<>();
    Map<String, Integer> perOutcome = new TreeMap<>();
    Map<String, Integer> perRoute = new TreeMap<>();
    List<Integer> answerDays = new ArrayList<>();
    List<Integer> outcomeDays = new ArrayList<>();
    for (OutcomeRow row : outcomes) {
      perState.merge(row.state().name(), 1, Integer::sum);
      row.outcomeCode().ifPresent(code -> perOutcome.merge(code, 1, Integer::sum));
      perRoute.merge(row.fromAgency() + "->" + row.toAgency(), 1, Integer::sum);
      row.answeredAt().ifPresent(at -> answerDays.add(
          BelgianWorkingDays.between(row.sentAt(), at)));
      row.reportedAt().ifPresent(at -> outcomeDays.add(
          BelgianWorkingDays.between(row.sentAt(), at)));
    }
    perState.forEach((k, v) -> rows.add(new Row("referrals_per_state", k, v)));
    perOutcome.forEach((k, v) -> rows.add(new Row("referrals_per_outcome", k, v)));
    perRoute.forEach((k, v) -> rows.add(new Row("referrals_per_route", k, v)));
    long declined = outcomes.stream().filter(o -> o.state() == ReferralState.DECLINED
        || o.answeredAt().isPresent() && o.reportedAt().isEmpty()
            && o.state() == ReferralState.CLOSED && o.outcomeCode().isEmpty()).count();
    rows.add(new Row("referrals_declined", "", declined));
    leadTimes("referral_working_days_to_answer", answerDays, rows);
    leadTimes("referral_working_days_to_outcome", outcomeDays, rows);
  }

  private static void leadTimes(String indicator, List<Integer> days, List<Row> rows) {
    if (days.isEmpty()) {
      return;
    }
    List<Integer> sorted = days.stream().sorted().toList();
    rows.add(new Row(indicator, "count", sorted.size()));
    rows.add(new Row(indicator, "mean",
        Math.round(sorted.stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0));
    rows.add(new Row(indicator, "median", sorted.get((sorted.size() - 1) / 2)));
    rows.add(new Row(indicator, "p90", sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1)));
  }
}
