package eu.sanctions.registry.time;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;

import eu.sanctions.events.time.MovableClock;

/**
 * {@code /actuator/clock}, for admins, only when the clock is movable: reads the
 * registry's time, and moves it forward by a duration ({@code {"advance": "P98D"}}) or to
 * an instant ({@code {"to": "2027-03-01T00:00:00+01:00"}}).
 */
@Endpoint(id = "clock")
class ClockEndpoint {

	private final MovableClock clock;

	private final ApplicationEventPublisher events;

	ClockEndpoint(MovableClock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
	}

	@ReadOperation
	Reading read() {
		return new Reading(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC), this.clock.offset());
	}

	@WriteOperation
	Reading move(@Nullable String advance, @Nullable String to) {
		if ((advance == null) == (to == null)) {
			throw new IllegalArgumentException("Give either advance (an ISO duration) or to (an instant)");
		}
		if (advance != null) {
			this.clock.advance(Duration.parse(advance));
		}
		else {
			this.clock.moveTo(OffsetDateTime.parse(to).toInstant());
		}
		this.events.publishEvent(new ClockMoved(this.clock.instant()));
		return read();
	}

	/**
	 * The registry's time.
	 *
	 * @param now what the registry's clock reads
	 * @param offset how far ahead of the real time it runs
	 */
	record Reading(OffsetDateTime now, Duration offset) {
	}

}
