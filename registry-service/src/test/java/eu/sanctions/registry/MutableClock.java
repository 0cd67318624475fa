package eu.sanctions.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import eu.sanctions.registry.register.BrusselsTime;

/** A clock that tests move; it starts on the project's "today", 22 November 2026. */
public final class MutableClock extends Clock {

	/** 22 November 2026, 09:00 in Brussels. */
	public static final Instant TODAY = LocalDate.of(2026, 11, 22).atTime(9, 0).atZone(BrusselsTime.ZONE).toInstant();

	private volatile Instant now = TODAY;

	public void set(Instant instant) {
		this.now = instant;
	}

	/** 09:00 in Brussels on that day. */
	public void setDate(LocalDate date) {
		set(date.atTime(9, 0).atZone(BrusselsTime.ZONE).toInstant());
	}

	public void reset() {
		set(TODAY);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
