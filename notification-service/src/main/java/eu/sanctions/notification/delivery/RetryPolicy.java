package eu.sanctions.notification.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a failed delivery waits before its next attempt: exponential backoff with full
 * jitter (a random wait between none and a ceiling that doubles after each failure, up to
 * a cap), so that deliveries that failed together do not retry together; after the last
 * attempt, none.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialDelay the ceiling after the first failure
 * @param maxDelay the cap of the ceiling
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("A delivery is attempted at least once, not " + maxAttempts);
		}
		if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException(
					"Delays must be positive and the cap at least the first: " + initialDelay + ", " + maxDelay);
		}
	}

	/** The longest wait after this many failed attempts. */
	public Duration ceilingAfter(int failedAttempts) {
		Duration ceiling = this.initialDelay;
		for (int failure = 1; failure < failedAttempts && ceiling.compareTo(this.maxDelay) < 0; failure++) {
			ceiling = ceiling.multipliedBy(2);
		}
		return (ceiling.compareTo(this.maxDelay) > 0) ? this.maxDelay : ceiling;
	}

	/**
	 * The wait before the next attempt, or nothing when the attempts are spent.
	 * @param failedAttempts how many attempts have failed, at least 1
	 * @param random a random number in [0, 1)
	 */
	public Optional<Duration> delayAfter(int failedAttempts, double random) {
		if (failedAttempts >= this.maxAttempts) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofMillis((long) (ceilingAfter(failedAttempts).toMillis() * random)));
	}

}
