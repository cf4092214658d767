package be.brussels.poles.crm.indicator;

import be.brussels.poles.crm.journey.JourneyStore;
import be.brussels.poles.crm.referral.ReferralStore;
import be.brussels.poles.crm.team.TeamStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the indicators, which stay free of Spring. */
@Configuration(proxyBeanMethods = false)
public class IndicatorConfiguration {

  @Bean
  Indicators indicators(JourneyStore journey, ReferralStore referrals, TeamStore teams) {
    return new Indicators(journey, referrals, teams);
  }
}
