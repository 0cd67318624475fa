package eu.sanctions.processes.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The procedure counts calendar days in Brussels: a deadline ends, and measures lapse, at
 * midnight there.
 */
public final class Brussels {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private Brussels() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** The instant a Brussels day begins. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

}
