package be.brussels.poles.crm.demo;

import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.grant.SharingGrants;
import be.brussels.poles.crm.referral.OutcomeCode;
import be.brussels.poles.crm.referral.Referral;
import be.brussels.poles.crm.referral.ReferralState;
import be.brussels.poles.crm.referral.Referrals;
import be.brussels.poles.crm.team.CompanyTeam.NeedKind;
import be.brussels.poles.crm.team.Teams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Demo work for {@code make run}, seeded once when the CRM starts with no referral: referrals in
 * every state (one of them overdue), two multidisciplinary teams, Actiris key accounts with
 * recruitment needs and a sharing grant for one company, on the companies the launcher seeds
 * (deploy/launcher SeedData), done by the demo users of the realm. Everything goes through the
 * features' own rules, as if the users had done it, at times in the past.
 */
public final class DemoWork {

  static final EnterpriseNumber SABLON = EnterpriseNumber.parse("0712345531");
  static final EnterpriseNumber BIKE = EnterpriseNumber.parse("0723456286");
  static final EnterpriseNumber BREWING = EnterpriseNumber.parse("0734567637");
  static final EnterpriseNumber DATALAB = EnterpriseNumber.parse("0745678095");
  static final EnterpriseNumber FRESH = EnterpriseNumber.parse("0756789149");
  static final EnterpriseNumber SOLAR = EnterpriseNumber.parse("0767891887");
  static final EnterpriseNumber DENTAL = EnterpriseNumber.parse("0778912176");
  static final EnterpriseNumber PRINT = EnterpriseNumber.parse("0789123506");
  static final EnterpriseNumber LOGISTICS = EnterpriseNumber.parse("0813456846");

  static final Caller LEA = demoUser("lea.intake", "Léa Janssens", Agency.HUB_1819, Role.INTAKE);
  static final Caller MARC = demoUser("marc.advisor", "Marc Dubois", Agency.HUB_IMPULSE,
      Role.ADVISOR);
  static final Caller NORA = demoUser("nora.atrium", "Nora El Amrani", Agency.HUB_ATRIUM,
      Role.ADVISOR);
  static final Caller FATIMA = demoUser("fatima.analyst", "Fatima Benali", Agency.FINANCE,
      Role.ANALYST);
  static final Caller EVA = demoUser("eva.guarantee", "Eva Maes", Agency.GUARANTEE_FUND,
      Role.ANALYST);
  static final Caller TOM = demoUser("tom.citydev", "Tom Lambert", Agency.CITYDEV, Role.ADVISOR);
  static final Caller INES = demoUser("ines.kam", "Inès Martin", Agency.ACTIRIS, Role.KAM);
  static final Caller MIA = demoUser("mia.manager", "Mia Wouters", Agency.HUB_IMPULSE,
      Role.MANAGER);

  private DemoWork() {}

  /**
   * Seeds the demo work.
   *
   * @param referralsAt the referral workflow running on a clock set back by the given time
   */
  public static void seed(Function<Duration, Referrals> referralsAt, Teams teams,
      SharingGrants grants, Clock clock) {
    // every state of the loop, at realistic ages
    referralsAt.apply(Duration.ofDays(1)).send(LEA, SOLAR, Agency.FINANCE,
        "Installer wants to finance two vans; asked at the 1819 desk");
    Referral received = referralsAt.apply(Duration.ofDays(3)).send(LEA, PRINT, Agency.CITYDEV,
        "Needs 400 m² of workshop space in the north of Brussels");
    referralsAt.apply(Duration.ofDays(2)).move(TOM, received.referralId(),
        new Referrals.Move(ReferralState.RECEIVED, 1, "", null, null));
    referralsAt.apply(Duration.ofDays(14)).send(LEA, LOGISTICS, Agency.ACTIRIS,
        "Growing fast, wants help recruiting 10 warehouse operators"); // overdue by now
    Referral accepted = referralsAt.apply(Duration.ofDays(6)).send(MARC, DATALAB, Agency.FINANCE,
        "Seed round of 300k, looking for a co-investor");
    referralsAt.apply(Duration.ofDays(4)).move(FATIMA, accepted.referralId(),
        new Referrals.Move(ReferralState.ACCEPTED, 1, "", null, null));
    Referral declined = referralsAt.apply(Duration.ofDays(10)).send(MARC, BREWING,
        Agency.CITYDEV, "Brewery looking for a production site");
    referralsAt.apply(Duration.ofDays(8)).move(TOM, declined.referralId(),
        new Referrals.Move(ReferralState.DECLINED, 1,
            "No unit with the floor load a brewery needs; try the port area", null, null));
    Referral started = referralsAt.apply(Duration.ofDays(20)).send(LEA, SABLON,
        Agency.HUB_IMPULSE, "Ceramics workshop wants to grow: growth package?");
    referralsAt.apply(Duration.ofDays(18)).move(MARC, started.referralId(),
        new Referrals.Move(ReferralState.ACCEPTED, 1, "", null, null));
    referralsAt.apply(Duration.ofDays(17)).move(MARC, started.referralId(),
        new Referrals.Move(ReferralState.IN_PROGRESS, 2, "", null, "growth-file-sablon"));
    Referral reported = referralsAt.apply(Duration.ofDays(30)).send(FATIMA, FRESH,
        Agency.GUARANTEE_FUND, "Bank loan of 120k needs a 50% guarantee");
    referralsAt.apply(Duration.ofDays(29)).move(EVA, reported.referralId(),
        new Referrals.Move(ReferralState.ACCEPTED, 1, "", null, null));
    referralsAt.apply(Duration.ofDays(28)).move(EVA, reported.referralId(),
        new Referrals.Move(ReferralState.IN_PROGRESS, 2, "", null, null));
    referralsAt.apply(Duration.ofDays(12)).move(EVA, reported.referralId(),
        new Referrals.Move(ReferralState.OUTCOME_REPORTED, 3, "Guarantee of 60k granted",
            OutcomeCode.FINANCING_GRANTED, null));
    Referral closed = referralsAt.apply(Duration.ofDays(40)).send(LEA, DENTAL,
        Agency.HUB_ATRIUM, "Shop front for dental devices: Open package?");
    referralsAt.apply(Duration.ofDays(39)).move(NORA, closed.referralId(),
        new Referrals.Move(ReferralState.ACCEPTED, 1, "", null, null));
    referralsAt.apply(Duration.ofDays(38)).move(NORA, closed.referralId(),
        new Referrals.Move(ReferralState.IN_PROGRESS, 2, "", null, null));
    referralsAt.apply(Duration.ofDays(25)).move(NORA, closed.referralId(),
        new Referrals.Move(ReferralState.OUTCOME_REPORTED, 3, "Not a retail project after all",
            OutcomeCode.REFERRED_ELSEWHERE, null));
    referralsAt.apply(Duration.ofDays(24)).move(LEA, closed.referralId(),
        new Referrals.Move(ReferralState.CLOSED, 4, "Thanks, noted", null, null));

    // two multidisciplinary teams, both Actiris key accounts
    for (EnterpriseNumber company : new EnterpriseNumber[] {DATALAB, BIKE}) {
      long version = 0;
      for (Caller member : new Caller[] {MARC, FATIMA, TOM, INES}) {
        version = teams.assignMember(member, company, member.username(), member.displayName(),
            member.email(), version).version();
      }
      version = teams.setKeyAccount(INES, company, true, version).version();
      LocalDate today = LocalDate.now(clock);
      version = teams.addRecruitmentNeed(INES, company, new Teams.NewNeed(NeedKind.VACANCY,
          company == DATALAB ? "2 data engineers" : "3 bike mechanics", company == DATALAB ? 2 : 3,
          0, today.plusWeeks(4)), version).version();
      version = teams.addRecruitmentNeed(INES, company, new Teams.NewNeed(NeedKind.PRESELECTION,
          "Preselection of 6 candidates", 2, 6, today.plusWeeks(2)), version).version();
      teams.addRecruitmentNeed(INES, company, new Teams.NewNeed(NeedKind.JOB_DATING,
          "Job dating at Actiris", 3, 12, today.plusWeeks(3)), version);
    }

    // for one company only: a grant to every company would open impulse's confidential
    // detail on every journey finance.brussels reads, which is not what a demo should show
    grants.create(MIA, new SharingGrants.NewGrant(Agency.FINANCE, "co-financing analysis",
        "Protocol impulse.brussels - finance.brussels 2026/07 (Law of 30 July 2018, art. 20)",
        Set.of(DataCategory.CONFIDENTIAL_DETAIL), clock.instant().minus(Duration.ofDays(60)),
        Optional.of(clock.instant().plus(Duration.ofDays(305))), Optional.of(SABLON)));
  }

  private static Caller demoUser(String username, String name, Agency agency, Role role) {
    return new Caller("demo-seed:" + username, username, name,
        username + "@demo.poles.brussels", Optional.of(agency), Set.of(role), "crm-service");
  }

  /** When the seeded work is dated: {@code back} before now. */
  static Clock past(Clock clock, Duration back) {
    return Clock.fixed(Instant.now(clock).minus(back), clock.getZone());
  }
}
