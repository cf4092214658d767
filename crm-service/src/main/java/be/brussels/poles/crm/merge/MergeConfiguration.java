package be.brussels.poles.crm.merge;

import be.brussels.poles.crm.company.Companies;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.journey.JourneyStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the merger, which stays free of Spring. */
@Configuration(proxyBeanMethods = false)
public class MergeConfiguration {

  @Bean
  CompanyMerger companyMerger(Companies companies, CompanyMerges merges, CompanyChanges changes,
      JourneyStore journey, Clock clock) {
    return new CompanyMerger(companies, merges, changes, journey, clock);
  }
}
