package be.brussels.poles.crm.precompany;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.company.Companies;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.journey.JourneyStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pre-company register, which stays free of Spring. */
@Configuration(proxyBeanMethods = false)
public class PreCompanyConfiguration {

  @Bean
  PreCompanyRegister preCompanyRegister(PreCompanies records, Companies companies,
      CompanyChanges changes, JourneyStore journey, CrmAccessPolicy policy, Clock clock) {
    return new PreCompanyRegister(records, companies, changes, journey, policy, clock);
  }
}
