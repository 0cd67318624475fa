package eu.sanctions.renewal.process;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.processes.process.RenewalEvents;
import eu.sanctions.renewal.renewal.PendingPosition;
import eu.sanctions.renewal.renewal.PendingPositions;
import eu.sanctions.renewal.renewal.PositionsOpened;
import eu.sanctions.renewal.renewal.Timeline;

/**
 * Applies the positions kept for a renewal as soon as a round of positions is committed
 * (the states it asks have their tasks then), on a thread of its own and in transactions
 * of their own: for each state only its latest, which supersedes the ones it kept before
 * (they stay in the timeline, see {@link PositionTasks#supersedeKeptBefore}); and, as a
 * safety net for a node that stopped in between, sweeps the kept positions now and then,
 * on one node at a time. A kept position that can no longer be applied (its state not
 * asked, the renewal over) is refused: with {@code position-rejected} for Kafka's, in the
 * renewal's timeline for the API's.
 */
@Component
@DependsOn("eventTables")
class ApplyingKeptPositions implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ApplyingKeptPositions.class);

	private final EngineTransactions transactions;

	private final PositionTasks positionTasks;

	private final PendingPositions pending;

	private final Timeline timeline;

	private final RenewalEvents events;

	private final Clock clock;

	private final LockingTaskExecutor locks;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "kept-positions");
		thread.setDaemon(true);
		return thread;
	});

	ApplyingKeptPositions(EngineTransactions transactions, PositionTasks positionTasks, PendingPositions pending,
			Timeline timeline, RenewalEvents events, Clock clock, DataSource dataSource) {
		this.transactions = transactions;
		this.positionTasks = positionTasks;
		this.pending = pending;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
		this.locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void positionsOpened(PositionsOpened opened) {
		this.worker.execute(() -> applyKept(opened.renewalId()));
	}

	@Scheduled(initialDelayString = "${sanctions.renewal.kept-positions-sweep:PT30S}",
			fixedDelayString = "${sanctions.renewal.kept-positions-sweep:PT30S}")
	void sweep() {
		// Lock times are ShedLock's (the system clock), not the engine's, which tests
		// move.
		this.locks.executeWithLock((Runnable) () -> this.pending.renewalsWaiting().forEach(this::applyKept),
				new LockConfiguration(ClockProvider.now(), "renewal-kept-positions", Duration.ofMinutes(5),
						Duration.ZERO));
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

	/**
	 * Applies or refuses the latest position kept for each state of a renewal, in the
	 * order they came; those that still cannot be applied stay kept.
	 */
	void applyKept(String renewalId) {
		for (PendingPosition kept : this.pending.latestOf(renewalId)) {
			try {
				apply(kept);
			}
			catch (RuntimeException ex) {
				log.warn("Could not apply the position of {} kept for {}; the next sweep tries again: {}", kept.state(),
						renewalId, ex.getMessage());
			}
		}
	}

	private void apply(PendingPosition kept) {
		Outcome outcome = this.transactions.inTransaction((status) -> {
			if (!this.pending.take(kept.id())) {
				return Outcome.DUPLICATE;
			}
			Outcome result = this.positionTasks.decideAndApply(kept, status);
			if (result instanceof Outcome.Kept) {
				status.setRollbackOnly();
			}
			else if (result instanceof Outcome.Refused refused) {
				refuse(kept, refused);
			}
			return result;
		});
		if (outcome instanceof PositionTasks.RolledBack rolledBack) {
			this.transactions.inTransaction((status) -> {
				if (this.pending.take(kept.id())) {
					// What the desk said before this is no longer what it means either.
					this.positionTasks.supersedeKeptBefore(Submission.of(kept), kept.id());
					refuse(kept, rolledBack.refused());
				}
				return null;
			});
		}
		if (outcome instanceof Outcome.Recorded) {
			log.info("Applied the position of {} on {} kept since {}", kept.state(), kept.renewalId(),
					kept.receivedAt());
		}
	}

	private void refuse(PendingPosition kept, Outcome.Refused refused) {
		if (kept.channel() == SubmissionChannel.KAFKA) {
			this.events.publish(new PositionRejected(kept.packageKey(), kept.renewalId(), kept.state().euCode(),
					refused.reason(), refused.detail(), kept.eventId(), SubmissionChannel.KAFKA));
		}
		else {
			this.timeline.add(kept.renewalId(), this.clock.instant(), "position-not-applied",
					"Position of " + kept.state() + " (" + kept.position() + ") through " + kept.channel() + " by "
							+ kept.submittedBy() + ", kept since " + kept.receivedAt() + ", not applied ("
							+ refused.reason() + "): " + refused.detail(),
					null);
		}
	}

}
