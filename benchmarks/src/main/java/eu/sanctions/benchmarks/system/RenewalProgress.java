package eu.sanctions.benchmarks.system;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.events.EventType;

/**
 * Where each of a set of renewals stands, as its events on the renewal topic say:
 * started, positions requested, positions recorded, completed. Waits on it block until
 * the events arrive (no polling of the services), and an action may run when a renewal's
 * last position is recorded (staff then record the adoption).
 */
final class RenewalProgress implements Consumer<RenewalTopicWatch.RenewalEvent> {

	private final Map<String, Renewal> renewals = new HashMap<>();

	private volatile Consumer<String> whenEveryStateAnswered = (renewalId) -> {
	};

	private long lastPositionAt;

	private long lastCompletedAt;

	private long rejected;

	RenewalProgress(Collection<String> renewalIds) {
		renewalIds.forEach((id) -> this.renewals.put(id, new Renewal()));
	}

	void whenEveryStateAnswered(Consumer<String> action) {
		this.whenEveryStateAnswered = action;
	}

	@Override
	public void accept(RenewalTopicWatch.RenewalEvent event) {
		String answered = null;
		synchronized (this) {
			Renewal renewal = this.renewals.get(event.subject());
			if (renewal == null) {
				return;
			}
			if (event.is(EventType.RENEWAL_STARTED)) {
				renewal.started = true;
			}
			else if (event.is(EventType.POSITIONS_REQUESTED)) {
				renewal.requested = true;
			}
			else if (event.is(EventType.POSITION_RECORDED)) {
				renewal.positions++;
				this.lastPositionAt = event.receivedNanos();
				if (renewal.positions == RenewalPlan.STATES) {
					answered = event.subject();
				}
			}
			else if (event.is(EventType.POSITION_REJECTED)) {
				this.rejected++;
			}
			else if (event.is(EventType.RENEWAL_COMPLETED)) {
				renewal.completed = true;
				this.lastCompletedAt = event.receivedNanos();
			}
			notifyAll();
		}
		if (answered != null) {
			this.whenEveryStateAnswered.accept(answered);
		}
	}

	void awaitStarted(Duration atMost) {
		await("renewal-started", (renewal) -> renewal.started, atMost);
	}

	void awaitPositionsRequested(Duration atMost) {
		await("positions-requested", (renewal) -> renewal.requested, atMost);
	}

	void awaitCompleted(Duration atMost) {
		await("renewal-completed", (renewal) -> renewal.completed, atMost);
	}

	synchronized long lastPositionAt() {
		return this.lastPositionAt;
	}

	synchronized long lastCompletedAt() {
		return this.lastCompletedAt;
	}

	synchronized long rejected() {
		return this.rejected;
	}

	synchronized long positionsRecorded() {
		return this.renewals.values().stream().mapToLong((renewal) -> renewal.positions).sum();
	}

	private synchronized void await(String what, Predicate<Renewal> reached, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!this.renewals.values().stream().allMatch(reached)) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				List<String> missing = this.renewals.entrySet()
					.stream()
					.filter((entry) -> !reached.test(entry.getValue()))
					.map(Map.Entry::getKey)
					.sorted()
					.toList();
				throw new IllegalStateException("No " + what + " after " + atMost.toSeconds() + " s for "
						+ missing.size() + " renewals, e.g. " + missing.subList(0, Math.min(3, missing.size()))
						+ " (position-rejected seen: " + this.rejected + ")");
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static final class Renewal {

		boolean started;

		boolean requested;

		int positions;

		boolean completed;

	}

}
