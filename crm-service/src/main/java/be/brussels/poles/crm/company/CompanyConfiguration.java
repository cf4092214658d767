package be.brussels.poles.crm.company;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the directory, which stays free of Spring. */
@Configuration(proxyBeanMethods = false)
public class CompanyConfiguration {

  @Bean
  CompanyDirectory companyDirectory(Companies companies, CrmAccessPolicy policy,
      CompanyChanges changes, Clock clock) {
    return new CompanyDirectory(companies, policy, changes, clock);
  }
}
