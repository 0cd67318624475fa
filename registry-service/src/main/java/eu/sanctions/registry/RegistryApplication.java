package eu.sanctions.registry;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

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

	/** Time is a dependency, so that tests and the demo can move it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
