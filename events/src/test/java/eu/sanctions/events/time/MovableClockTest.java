package eu.sanctions.events.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MovableClockTest {

	private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

	private final MovableClock clock = new MovableClock(Clock.fixed(START, ZoneOffset.UTC));

	@Test
	void runsOnTheBaseClockUntilMoved() {
		assertThat(this.clock.instant()).isEqualTo(START);
		assertThat(this.clock.offset()).isZero();
	}

	@Test
	void movesForwardAndKeepsTheOffset() {
		this.clock.advance(Duration.ofDays(98));
		assertThat(this.clock.instant()).isEqualTo(Instant.parse("2027-02-28T10:00:00Z"));
		this.clock.moveTo(Instant.parse("2027-03-01T00:00:00Z"));
		assertThat(this.clock.instant()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
		assertThat(this.clock.offset()).isEqualTo(Duration.between(START, Instant.parse("2027-03-01T00:00:00Z")));
	}

	@Test
	void startsOnAnotherDayAndRunsFromThere() {
		MovableClock earlier = new MovableClock(Clock.fixed(START, ZoneOffset.UTC),
				Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(earlier.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		earlier.advance(Duration.ofDays(1));
		assertThat(earlier.instant()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
	}

	@Test
	void neverMovesBack() {
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.clock.moveTo(START)).isEqualTo(START.plusSeconds(3600));
		assertThatIllegalArgumentException().isThrownBy(() -> this.clock.advance(Duration.ofSeconds(-1)));
	}

	@Test
	void sharesItsOffsetWithItsCopiesInOtherZones() {
		Clock brussels = this.clock.withZone(ZoneId.of("Europe/Brussels"));
		this.clock.advance(Duration.ofDays(1));
		assertThat(brussels.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
	}

}
