package eu.sanctions.renewal.process;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

import eu.sanctions.renewal.renewal.PendingPositions;
import eu.sanctions.renewal.renewal.PositionIntake;
import eu.sanctions.renewal.renewal.Timeline;

/**
 * A desk's position from the REST API or Kafka, applied, kept or refused as
 * {@link PositionIntake} says. Each attempt is one transaction, run again when it
 * collided with desks answering at once; a completion the process refuses (after the
 * deadline, against its rules) rolls back, and the refusal is then told in a transaction
 * of its own.
 */
@Component
public class SubmittingPositions {

	private final EngineTransactions transactions;

	private final PositionTasks positionTasks;

	private final PendingPositions pending;

	private final Timeline timeline;

	private final Clock clock;

	SubmittingPositions(EngineTransactions transactions, PositionTasks positionTasks, PendingPositions pending,
			Timeline timeline, Clock clock) {
		this.transactions = transactions;
		this.positionTasks = positionTasks;
		this.pending = pending;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * Applies, keeps or refuses a position, and returns which; when it returns, what it
	 * did is committed (and the events it caused are in the outbox).
	 */
	public Outcome submit(Submission submission, Door door) {
		Outcome outcome = this.transactions.inTransaction((status) -> attempt(submission, door, status));
		if (outcome instanceof PositionTasks.RolledBack rolledBack) {
			return this.transactions.inTransaction((status) -> {
				if (!door.begin()) {
					return Outcome.DUPLICATE;
				}
				door.refused(rolledBack.refused());
				return rolledBack.refused();
			});
		}
		return outcome;
	}

	private Outcome attempt(Submission submission, Door door, TransactionStatus status) {
		if (!door.begin()) {
			return Outcome.DUPLICATE;
		}
		Outcome outcome = this.positionTasks.decideAndApply(submission, status);
		if (outcome instanceof Outcome.Kept kept) {
			Instant now = this.clock.instant();
			this.pending.keep(submission.kept(now));
			this.timeline.add(submission.renewalId(), now, "position-kept",
					"Position of " + submission.state() + " (" + submission.position() + ") through "
							+ submission.channel() + " by " + submission.submittedBy() + " kept: " + kept.why(),
					submission.eventId());
		}
		else if (outcome instanceof Outcome.Refused refused) {
			door.refused(refused);
		}
		return outcome;
	}

}
