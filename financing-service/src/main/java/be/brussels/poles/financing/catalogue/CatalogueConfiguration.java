package be.brussels.poles.financing.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue as reference data of the service. */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

  @Bean
  ProductCatalogue productCatalogue() {
    return ProductCatalogue.standard();
  }
}
