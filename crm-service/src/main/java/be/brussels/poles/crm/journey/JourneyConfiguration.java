package be.brussels.poles.crm.journey;

import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the journey log, which stays free of Spring. */
@Configuration(proxyBeanMethods = false)
public class JourneyConfiguration {

  @Bean
  JourneyLog journeyLog(JourneyStore store, CrmAccessPolicy policy, AccessGrants grants,
      AccessLog accessLog, Clock clock) {
    return new JourneyLog(store, policy, grants, accessLog, clock);
  }
}
