package eu.sanctions.events.inbox;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * How a consumer tries again a record it could not process, the same in every service
 * ({@code sanctions.kafka.consumer-retry.*}):
 * <ul>
 * <li>a failure that may pass (see {@link PassingFailures}: the database away, a lock, a
 * time-out) is tried again for as long as it lasts, the waits doubling from
 * {@code firstWait} up to {@code longestWait}: the records after it on its partition
 * wait, so that a package's events stay in order, and a valid event is never set aside on
 * the dead-letter topic because the database was away for a while;</li>
 * <li>any other failure is a bug: the record is tried {@code triesOfABug} times in all,
 * {@code waitForABug} apart, then goes to the dead-letter topic, so that it does not hold
 * its partition for ever.</li>
 * </ul>
 * (A record that is not an event of the contract, or one the service refused and
 * answered, goes to the dead-letter topic at once: no retry makes it better.)
 * <p>
 * A component left {@code null} takes its default, so that a service binds this from
 * whichever of the properties are set: 1 s, 30 s, 3 tries, 1 s.
 *
 * @param firstWait the wait after the first failure that may pass; it doubles after each
 * further one
 * @param longestWait the cap of that wait: a failure that may pass is tried again at
 * least this often, for as long as it lasts
 * @param triesOfABug how often in all a record is tried when its failure will not pass by
 * waiting, before it goes to the dead-letter topic
 * @param waitForABug the wait between those tries
 */
public record ConsumerRetries(Duration firstWait, Duration longestWait, Integer triesOfABug, Duration waitForABug) {

	/**
	 * The counter of a consumer's failed tries, in every service, tagged {@code topic}
	 * and {@code kind} ({@code passing} or {@code not-passing}).
	 */
	public static final String FAILURES = "sanctions.kafka.consumer.failures";

	public ConsumerRetries {
		firstWait = (firstWait != null) ? firstWait : Duration.ofSeconds(1);
		longestWait = (longestWait != null) ? longestWait : Duration.ofSeconds(30);
		triesOfABug = (triesOfABug != null) ? triesOfABug : 3;
		waitForABug = (waitForABug != null) ? waitForABug : Duration.ofSeconds(1);
		if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0) {
			throw new IllegalArgumentException(
					"The waits must be positive and the longest at least the first: " + firstWait + ", " + longestWait);
		}
		if (triesOfABug < 1) {
			throw new IllegalArgumentException("A record is tried at least once, not " + triesOfABug + " times");
		}
		if (waitForABug.isNegative()) {
			throw new IllegalArgumentException("The wait between the tries of a bug is negative: " + waitForABug);
		}
	}

	/** The defaults: 1 s doubling up to 30 s; 3 tries of a bug, 1 s apart. */
	public static ConsumerRetries defaults() {
		return new ConsumerRetries(null, null, null, null);
	}

	/**
	 * The waits before each next try of a record after this failure: without end for one
	 * that may pass, {@code triesOfABug - 1} for a bug; when they run out, the record
	 * goes to the dead-letter topic.
	 */
	public Stream<Duration> waitsAfter(Throwable failure, PassingFailures passing) {
		if (passing.mayPass(failure)) {
			return Stream.iterate(this.firstWait, this::doubledUpToTheLongest);
		}
		return Stream.generate(this::waitForABug).limit(this.triesOfABug - 1L);
	}

	private Duration doubledUpToTheLongest(Duration wait) {
		// Compared without doubling first: a longest wait near Duration's limit must not
		// overflow.
		return (wait.compareTo(this.longestWait.minus(wait)) >= 0) ? this.longestWait : wait.multipliedBy(2);
	}

}
