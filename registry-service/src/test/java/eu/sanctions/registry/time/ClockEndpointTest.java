package eu.sanctions.registry.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.time.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClockEndpointTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	private final MovableClock clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));

	private final List<Object> announced = new ArrayList<>();

	private final ClockEndpoint endpoint = new ClockEndpoint(this.clock, this.announced::add);

	@Test
	void movesTheRegistrysTimeForwardByADurationOrToAnInstant() {
		assertThat(this.endpoint.move("P98D", null).now().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(98)));
		assertThat(this.endpoint.move(null, "2027-03-01T00:00:00+01:00").now().toInstant())
			.isEqualTo(Instant.parse("2027-02-28T23:00:00Z"));
		assertThat(this.endpoint.read().offset())
			.isEqualTo(Duration.between(NOW, Instant.parse("2027-02-28T23:00:00Z")));
		assertThat(this.announced).containsExactly(new ClockMoved(NOW.plus(Duration.ofDays(98))),
				new ClockMoved(Instant.parse("2027-02-28T23:00:00Z")));
	}

	@Test
	void asksForExactlyOneWayToMove() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.endpoint.move(null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.endpoint.move("P1D", "2027-03-01T00:00:00Z"));
		assertThat(this.announced).isEmpty();
	}

}
