package eu.sanctions.notification;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The notification service: tells desks, staff and integrators what happened, once, on
 * the channel they chose.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationApplication.class, args);
	}

	/** Time is a dependency, so that tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
