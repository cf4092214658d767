package be.brussels.poles.crm;

import be.brussels.poles.kit.autoconfigure.EnablePolesService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shared CRM: the company directory keyed on the enterprise number and the cross-agency
 * journey. REST for the gateway, gRPC for the poles (docs/runtime.md for ports and settings).
 */
@SpringBootApplication
@EnablePolesService
public class CrmServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrmServiceApplication.class, args);
  }
}
