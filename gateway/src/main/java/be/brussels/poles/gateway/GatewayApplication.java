package be.brussels.poles.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single entry of the platform: serves the UI, logs staff in with Keycloak (backend-for-frontend), accepts
 * partner bearer tokens and routes {@code /api/<service>/**} to the services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
