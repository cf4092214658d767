package be.brussels.poles.crm.demo;

import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.grant.SharingGrants;
import be.brussels.poles.crm.journey.JourneyLog;
import be.brussels.poles.crm.referral.ReferralSla;
import be.brussels.poles.crm.referral.ReferralStore;
import be.brussels.poles.crm.referral.Referrals;
import be.brussels.poles.crm.team.Teams;
import be.brussels.poles.kit.input.PageQuery;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seeds {@link DemoWork} at start-up when {@code poles.crm.demo-seed} is on (the {@code make run}
 * default; off in tests) and no referral exists yet.
 */
@Configuration(proxyBeanMethods = false)
public class DemoWorkConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DemoWorkConfiguration.class);

  @Bean
  ApplicationRunner demoWork(@Value("${poles.crm.demo-seed}") boolean enabled,
      ReferralStore store, ReferralSla sla, CrmAccessPolicy policy, AccessLog accessLog,
      JourneyLog journey, Teams teams, SharingGrants grants, Clock clock) {
    return args -> {
      if (!enabled || store.find(new ReferralStore.Query(Optional.empty(), Optional.empty(),
          Optional.empty(), EnumSet.noneOf(be.brussels.poles.crm.referral.ReferralState.class),
          Optional.empty(), Optional.empty(), true), new PageQuery(0, 1)).totalItems() > 0) {
        return;
      }
      DemoWork.seed(back -> new Referrals(store, sla, policy, accessLog, journey,
          DemoWork.past(clock, back)), teams, grants, clock);
      log.info("demo work seeded: referrals in every state, two teams with key accounts, "
          + "a sharing grant");
    };
  }
}
