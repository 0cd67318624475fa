package eu.sanctions.events.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs like the system clock, shifted by an offset that can be moved
 * forward, never back: time still passes, and what has happened stays in the past. A
 * service runs on it only when configured to ({@code sanctions.clock.movable=true}), for
 * the system tests and the demo.
 */
public final class MovableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset;

	public MovableClock(Clock base) {
		this(base, new AtomicReference<>(Duration.ZERO));
	}

	/**
	 * A clock that reads {@code startAt} now, earlier or later than the base clock, and
	 * runs from there: a system test starts every service on the same day, whatever day
	 * the build runs on.
	 */
	public MovableClock(Clock base, Instant startAt) {
		this(base, new AtomicReference<>(Duration.between(base.instant(), startAt)));
	}

	private MovableClock(Clock base, AtomicReference<Duration> offset) {
		this.base = base;
		this.offset = offset;
	}

	/** Moves the clock forward by an amount. */
	public Instant advance(Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("The clock moves forward only, not by " + amount);
		}
		return shift(amount);
	}

	/**
	 * Moves the clock forward to an instant; an instant already past leaves it where it
	 * is.
	 */
	public Instant moveTo(Instant target) {
		Duration ahead = Duration.between(instant(), target);
		return ahead.isNegative() ? instant() : shift(ahead);
	}

	/** How far ahead of the system clock this clock runs. */
	public Duration offset() {
		return this.offset.get();
	}

	private Instant shift(Duration amount) {
		this.offset.updateAndGet((current) -> current.plus(amount));
		return instant();
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(this.base.withZone(zone), this.offset);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MovableClock clock && clock.base.equals(this.base) && clock.offset == this.offset;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.base, System.identityHashCode(this.offset));
	}

}
