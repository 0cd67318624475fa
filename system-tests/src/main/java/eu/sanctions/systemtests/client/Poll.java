package eu.sanctions.systemtests.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.IterativePollInterval;

/**
 * Waits for the system to get somewhere, up to a bound: the one wait of the client, for
 * the tests, the demo and the benchmarks alike. It looks at once, then ever less often
 * (50 ms, doubling, at most every half second), so that a quick answer is seen quickly
 * and a slow one is not asked for in a busy loop.
 */
public final class Poll {

	private static final Duration FIRST_INTERVAL = Duration.ofMillis(50);

	private static final Duration LONGEST_INTERVAL = Duration.ofMillis(500);

	private Poll() {
	}

	/**
	 * Looks until the probe finds something, and returns it.
	 * @param what what is awaited, for the failure's message
	 * @param atMost the bound
	 * @param probe looks once; empty while the system is not there yet. An exception
	 * counts as not there yet (a service restarting, say), and the last one is told if
	 * the wait fails; except {@link GiveUp}, which ends the wait at once.
	 * @throws IllegalStateException when the bound passes first
	 * @throws GiveUp when the probe finds that what is awaited will not come
	 */
	public static <T> T until(String what, Duration atMost, Supplier<Optional<T>> probe) {
		AtomicReference<RuntimeException> lastError = new AtomicReference<>();
		AtomicReference<T> found = new AtomicReference<>();
		try {
			Awaitility.await(what)
				.atMost(atMost)
				.pollInSameThread()
				.pollDelay(Duration.ZERO)
				.pollInterval(IterativePollInterval
					.iterative((previous) -> min(previous.multipliedBy(2), LONGEST_INTERVAL), FIRST_INTERVAL))
				.until(() -> {
					try {
						Optional<T> result = probe.get();
						result.ifPresent(found::set);
						return result.isPresent();
					}
					catch (GiveUp ex) {
						throw ex;
					}
					catch (RuntimeException ex) {
						lastError.set(ex);
						return false;
					}
				});
			return found.get();
		}
		catch (ConditionTimeoutException ex) {
			RuntimeException last = lastError.get();
			throw new IllegalStateException("Waited " + atMost.toSeconds() + " s for " + what
					+ ((last != null) ? "; last error: " + last.getMessage() : ""), (last != null) ? last : ex);
		}
	}

	/**
	 * Thrown by a probe that finds that what is awaited will never come (a refusal that
	 * waiting does not change): the wait ends at once, with it.
	 */
	public static class GiveUp extends IllegalStateException {

		public GiveUp(String message) {
			super(message);
		}

	}

	private static Duration min(Duration one, Duration other) {
		return (one.compareTo(other) <= 0) ? one : other;
	}

}
