package eu.sanctions.renewal.process;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;

/**
 * {@code /actuator/clock}, for admins, only when the clock is movable: reads the engine's
 * time, and moves it forward, never back, by a duration ({@code {"advance": "P98D"}}) or
 * to an instant ({@code {"to": "2027-03-01T00:00:00+01:00"}}); then wakes the job
 * executor, so that timers now due fire at once.
 */
@Endpoint(id = "clock")
class ClockEndpoint {

	private final ProcessEngine engine;

	ClockEndpoint(ProcessEngine engine) {
		this.engine = engine;
	}

	@ReadOperation
	Reading read() {
		return reading();
	}

	@WriteOperation
	Reading move(@Nullable String advance, @Nullable String to) {
		if ((advance == null) == (to == null)) {
			throw new InvalidEndpointRequestException("Give either advance (an ISO duration) or to (an instant)",
					"advance or to");
		}
		Duration ahead;
		try {
			ahead = (advance != null) ? Duration.parse(advance)
					: Duration.between(now(), OffsetDateTime.parse(to).toInstant());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidEndpointRequestException("Not an ISO duration or instant: " + ex.getParsedString(),
					"unreadable time");
		}
		if (advance != null && ahead.isNegative()) {
			throw new InvalidEndpointRequestException("The clock moves forward only", "negative duration");
		}
		if (!ahead.isNegative() && !ahead.isZero()) {
			ClockUtil.offset(offset().plus(ahead).toMillis());
			JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
				.getJobExecutor();
			if (jobExecutor != null && jobExecutor.isActive()) {
				jobExecutor.jobWasAdded();
			}
		}
		return reading();
	}

	private static Reading reading() {
		return new Reading(OffsetDateTime.ofInstant(now(), ZoneOffset.UTC).toString(), offset().toString());
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** How far ahead of the system clock the engine's clock runs. */
	private static Duration offset() {
		return Duration.ofMillis(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis());
	}

	/**
	 * The engine's time.
	 *
	 * @param now what the engine's clock reads, ISO-8601 in UTC
	 * @param offset how far ahead of the real time it runs, an ISO duration
	 */
	record Reading(String now, String offset) {
	}

}
