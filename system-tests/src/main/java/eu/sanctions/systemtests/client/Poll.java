package eu.sanctions.systemtests.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for the system to get somewhere, looking every so often, up to a bound. */
public final class Poll {

	private Poll() {
	}

	public static <T> T until(String what, Duration atMost, Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + atMost.toNanos();
		RuntimeException last = null;
		while (System.nanoTime() < deadline) {
			try {
				Optional<T> found = probe.get();
				if (found.isPresent()) {
					return found.get();
				}
			}
			catch (RuntimeException ex) {
				last = ex;
			}
			pause();
		}
		throw new IllegalStateException("Waited " + atMost.toSeconds() + " s for " + what
				+ ((last != null) ? "; last error: " + last.getMessage() : ""), last);
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
