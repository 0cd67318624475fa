package eu.sanctions.benchmarks.system;

import java.util.concurrent.locks.LockSupport;

/**
 * A fixed schedule of sends: the i-th at {@code start + i / rate}, whatever happened to
 * the ones before. Latency is measured from this intended instant, not from when the send
 * happened, so a stall of the system (or of the sender) shows in the figures instead of
 * hiding them (no coordinated omission).
 */
final class PacedSchedule {

	private final long start;

	private final double intervalNanos;

	PacedSchedule(long start, int perSecond) {
		this.start = start;
		this.intervalNanos = 1e9 / perSecond;
	}

	long intendedAt(long i) {
		return this.start + Math.round(i * this.intervalNanos);
	}

	/** Waits until the i-th send is due; returns at once if it is late. */
	long awaitTurn(long i) {
		long due = intendedAt(i);
		for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
		return due;
	}

}
