package be.brussels.poles.housing;

import be.brussels.poles.kit.autoconfigure.EnableCrmClient;
import be.brussels.poles.kit.autoconfigure.EnablePolesService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The housing/location pole (citydev.brussels, business centres, incubators, coworking): REST
 * for the gateway, gRPC for the CRM's 360 view, journey events to the CRM through the outbox.
 */
@SpringBootApplication
@EnablePolesService
@EnableCrmClient
@EnableScheduling
public class HousingServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(HousingServiceApplication.class, args);
  }
}
