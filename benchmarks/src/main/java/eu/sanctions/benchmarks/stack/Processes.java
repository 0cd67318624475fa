package eu.sanctions.benchmarks.stack;

import java.util.concurrent.TimeUnit;

/** Stops a process the harness started: politely (SIGTERM, so JFR dumps), then firmly. */
final class Processes {

	private Processes() {
	}

	static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
