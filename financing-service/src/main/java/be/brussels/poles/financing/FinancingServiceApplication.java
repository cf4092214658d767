package be.brussels.poles.financing;

import be.brussels.poles.kit.autoconfigure.EnableCrmClient;
import be.brussels.poles.kit.autoconfigure.EnablePolesService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The financing pole (finance.brussels and its subsidiaries, the Brussels Guarantee Fund): REST
 * for the gateway, gRPC for the CRM's 360 view, journey events to the CRM through the outbox.
 */
@SpringBootApplication
@EnablePolesService
@EnableCrmClient
@EnableScheduling
public class FinancingServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(FinancingServiceApplication.class, args);
  }
}
