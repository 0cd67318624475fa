package eu.sanctions.processes.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day a package's measures apply unless the Council renews them.
 *
 * @param date the last day, in Brussels
 */
public record Expiry(LocalDate date) {

	public Expiry {
		Objects.requireNonNull(date, "An expiry needs a date");
	}

	/** The first day the measures no longer apply. */
	public LocalDate lapsesOn() {
		return this.date.plusDays(1);
	}

	/** When the measures lapse: once the expiry day has ended in Brussels. */
	public Instant lapsesAt() {
		return Brussels.startOf(lapsesOn());
	}

	/** The default proposal: the expiry plus the package's renewal cycle. */
	public LocalDate extendedBy(int cycleMonths) {
		if (cycleMonths < 1) {
			throw new IllegalArgumentException("A renewal cycle is at least one month, not " + cycleMonths);
		}
		return this.date.plusMonths(cycleMonths);
	}

	/** The default position deadline, two weeks before the expiry. */
	public PositionDeadline defaultDeadline() {
		return new PositionDeadline(this.date.minusDays(PositionDeadline.DAYS_BEFORE_EXPIRY));
	}

	@Override
	public String toString() {
		return this.date.toString();
	}

}
