package eu.sanctions.renewal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The renewal service: hosts the Camunda engine that takes each package through its
 * renewal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RenewalApplication {

	public static void main(String[] args) {
		SpringApplication.run(RenewalApplication.class, args);
	}

	/** Time is a dependency, so that tests and the demo can move it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
