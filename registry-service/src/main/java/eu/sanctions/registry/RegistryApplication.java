package eu.sanctions.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The registry: what is in force, which packages exist, their measures, listings and
 * expiry.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegistryApplication.class, args);
	}

}
