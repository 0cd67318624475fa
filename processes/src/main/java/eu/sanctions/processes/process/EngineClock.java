package eu.sanctions.processes.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import eu.sanctions.processes.renewal.Brussels;

/**
 * The engine's clock as a {@link Clock}, so that the delegates' "today" and the engine's
 * timers agree, also when a test moves the engine's clock.
 */
public final class EngineClock extends Clock {

	private final ZoneId zone;

	public EngineClock() {
		this(Brussels.ZONE);
	}

	private EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
