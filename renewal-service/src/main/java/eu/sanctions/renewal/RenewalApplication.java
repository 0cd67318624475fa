package eu.sanctions.renewal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The renewal service: hosts the Camunda engine that takes each package through its
 * renewal. Its time is the engine's ({@code process.EngineTime}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RenewalApplication {

	public static void main(String[] args) {
		SpringApplication.run(RenewalApplication.class, args);
	}

}
