package eu.sanctions.processes.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The last day member states may give or revise their position in a round. Positions are
 * accepted until that day ends in Brussels.
 *
 * @param date the last day
 */
public record PositionDeadline(LocalDate date) {

	/** By default, positions are due two weeks before the expiry. */
	public static final int DAYS_BEFORE_EXPIRY = 14;

	/** Silent states are reminded three days before the deadline. */
	public static final int REMINDER_DAYS_BEFORE = 3;

	/** Reminders go out when the desks are at work, not at midnight. */
	static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

	public PositionDeadline {
		Objects.requireNonNull(date, "A deadline needs a date");
	}

	/** When the round closes: when the deadline day has ended in Brussels. */
	public Instant closesAt() {
		return Brussels.startOf(this.date.plusDays(1));
	}

	/** When silent states are reminded: 09:00 in Brussels, three days before. */
	public Instant reminderAt() {
		return this.date.minusDays(REMINDER_DAYS_BEFORE).atTime(REMINDER_TIME).atZone(Brussels.ZONE).toInstant();
	}

	public boolean acceptsPositionsAt(Instant instant) {
		return instant.isBefore(closesAt());
	}

	/**
	 * Whether a reminder is worth sending for a round requested at that instant: a round
	 * asked after its reminder time would otherwise be reminded the moment it is asked.
	 */
	public boolean remindsRoundRequestedAt(Instant requestedAt) {
		return requestedAt.isBefore(reminderAt());
	}

	@Override
	public String toString() {
		return this.date.toString();
	}

}
