package be.brussels.poles.crm.search;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.company.Companies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index, filled from the database before the service takes traffic. */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

  @Bean
  CompanySearchIndex companySearchIndex(Companies companies) {
    CompanySearchIndex index = new CompanySearchIndex();
    companies.forEach(index::changed);
    return index;
  }

  @Bean
  CompanySearch companySearch(CompanySearchIndex index, CrmAccessPolicy policy) {
    return new CompanySearch(index, policy);
  }
}
