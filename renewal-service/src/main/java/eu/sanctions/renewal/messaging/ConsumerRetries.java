package eu.sanctions.renewal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import eu.sanctions.renewal.process.EngineTransactions;

/**
 * How the listeners try a record again when processing it failed
 * ({@code sanctions.kafka.retry.*}). A failure that may pass (see
 * {@link EngineTransactions#PASSING_FAILURES}: the database away, a lock or a connection
 * not had, the engine's conflicts going on) is tried again for as long as it lasts, the
 * pauses doubling up to {@code longestPause}, holding back the records after it so that a
 * package's events stay in order: a valid record is never sent to a dead-letter topic
 * because the database was away for a while. Any other failure is a bug: the record is
 * tried {@code triesOfABug} times in all, {@code pauseForABug} apart, and then goes to
 * the dead-letter topic, so that it does not hold its partition forever.
 *
 * @param firstPause the pause after the first failure that may pass
 * @param longestPause the longest pause between two tries of a failure that may pass
 * @param triesOfABug how many times in all a record whose processing fails otherwise is
 * tried
 * @param pauseForABug the pause between those tries
 */
@ConfigurationProperties("sanctions.kafka.retry")
record ConsumerRetries(@DefaultValue("500ms") Duration firstPause, @DefaultValue("30s") Duration longestPause,
		@DefaultValue("3") int triesOfABug, @DefaultValue("1s") Duration pauseForABug) {

	ConsumerRetries {
		if (triesOfABug < 1) {
			throw new IllegalArgumentException("triesOfABug must be at least 1");
		}
		if (longestPause.compareTo(firstPause) < 0) {
			throw new IllegalArgumentException("longestPause must not be shorter than firstPause");
		}
	}

	/** Whether a failure may pass if the record is tried again later. */
	boolean mayPass(Throwable failure) {
		return EngineTransactions.PASSING_FAILURES.mayPass(failure);
	}

	/** How a record is tried again after this failure. */
	BackOff backOffFor(Throwable failure) {
		return mayPass(failure) ? whileItMayPass() : forABug();
	}

	/** Pauses doubling up to the longest pause, with no end. */
	BackOff whileItMayPass() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.firstPause.toMillis(), 2.0);
		backOff.setMaxInterval(this.longestPause.toMillis());
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		return backOff;
	}

	/** A few tries, then the dead-letter topic. */
	BackOff forABug() {
		return new FixedBackOff(this.pauseForABug.toMillis(), this.triesOfABug - 1L);
	}

}
