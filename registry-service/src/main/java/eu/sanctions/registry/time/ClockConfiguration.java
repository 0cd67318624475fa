package eu.sanctions.registry.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.sanctions.events.time.MovableClock;

/**
 * Time is a dependency: every rule and every job of the registry reads it from this
 * clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnProperty(name = "sanctions.clock.movable", havingValue = "false", matchIfMissing = true)
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	@ConditionalOnProperty(name = "sanctions.clock.movable", havingValue = "true")
	MovableClock movableClock() {
		return new MovableClock(Clock.systemDefaultZone());
	}

	@Bean
	@ConditionalOnProperty(name = "sanctions.clock.movable", havingValue = "true")
	ClockEndpoint clockEndpoint(MovableClock clock) {
		return new ClockEndpoint(clock);
	}

}
