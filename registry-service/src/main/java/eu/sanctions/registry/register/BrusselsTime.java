package eu.sanctions.registry.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Sanctions expire at midnight in Brussels, so every date of the register is a date in
 * Europe/Brussels, whatever the zone of the machine.
 */
public final class BrusselsTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private BrusselsTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/** The Sanctions Map gives dates as epoch seconds at 00:00 Brussels time. */
	public static LocalDate dateOfEpochSecond(long epochSecond) {
		return dateOf(Instant.ofEpochSecond(epochSecond));
	}

}
