package be.brussels.poles.crm.team;

import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.journey.JourneyLog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires teams and key accounts, which stay free of Spring. */
@Configuration(proxyBeanMethods = false)
public class TeamConfiguration {

  @Bean
  Teams teams(TeamStore store, CrmAccessPolicy policy, AccessGrants grants, AccessLog accessLog,
      JourneyLog journey, Clock clock) {
    return new Teams(store, policy, grants, accessLog, journey, clock);
  }
}
