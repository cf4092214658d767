package be.brussels.poles.crm.person;

import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the person register, which stays free of Spring. */
@Configuration(proxyBeanMethods = false)
public class PersonConfiguration {

  @Bean
  PersonRegister personRegister(People people, CrmAccessPolicy policy, AccessGrants grants,
      AccessLog log, Clock clock) {
    return new PersonRegister(people, policy, grants, log, clock);
  }
}
