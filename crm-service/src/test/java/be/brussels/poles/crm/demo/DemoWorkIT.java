package be.brussels.poles.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.grant.SharingGrants;
import be.brussels.poles.crm.journey.JourneyLog;
import be.brussels.poles.crm.referral.ReferralSla;
import be.brussels.poles.crm.referral.ReferralStore;
import be.brussels.poles.crm.referral.Referrals;
import be.brussels.poles.crm.support.CrmIntegrationTest;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The demo work make run seeds: every referral state, an overdue one, teams, key accounts. */
class DemoWorkIT extends CrmIntegrationTest {

  @Autowired ReferralStore store;
  @Autowired ReferralSla sla;
  @Autowired CrmAccessPolicy policy;
  @Autowired AccessLog accessLog;
  @Autowired JourneyLog journey;
  @Autowired be.brussels.poles.crm.team.Teams teams;
  @Autowired SharingGrants grants;
  @Autowired Clock clock;

  @Test
  void theDemoShowsReferralsInEveryStateKeyAccountsAndTeams() {
    DemoWork.seed(back -> new Referrals(store, sla, policy, accessLog, journey,
        DemoWork.past(clock, back)), teams, grants, clock);

    Set<String> states = new HashSet<>();
    for (String token : new String[] {TOKENS.person("lea.intake", "/hub/1819", "intake"),
        TOKENS.person("marc.advisor", "/hub/impulse", "advisor"),
        TOKENS.person("fatima.analyst", "/finance", "analyst")}) {
      http.get("/referrals?inbox=ALL&size=200", token).json().path("items")
          .forEach(r -> states.add(r.path("state").asString()));
    }
    assertThat(states).contains("SENT", "RECEIVED", "ACCEPTED", "DECLINED", "IN_PROGRESS",
        "OUTCOME_REPORTED", "CLOSED");

    String ines = TOKENS.person("ines.kam", "/actiris", "kam");
    JsonNode overdue = http.get("/referrals?overdue=true&company=0813456846", ines).json();
    assertThat(overdue.path("totalItems").asLong()).isEqualTo(1);
    JsonNode portfolio = http.get("/key-accounts?mine=true", ines).json();
    assertThat(portfolio.path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode team = http.get("/companies/0745678095/team", ines).json();
    assertThat(team.path("members")).hasSize(4);
    assertThat(team.path("recruitmentNeeds")).hasSize(3);
  }
}
