package eu.sanctions.registry.time;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
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
	MovableClock movableClock(@Value("${sanctions.clock.start:}") String start) {
		return start.isBlank() ? new MovableClock(Clock.systemDefaultZone())
				: new MovableClock(Clock.systemDefaultZone(), OffsetDateTime.parse(start).toInstant());
	}

	@Bean
	@ConditionalOnProperty(name = "sanctions.clock.movable", havingValue = "true")
	ClockEndpoint clockEndpoint(MovableClock clock, ApplicationEventPublisher events) {
		return new ClockEndpoint(clock, events);
	}

}
