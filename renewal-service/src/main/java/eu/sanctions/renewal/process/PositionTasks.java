package eu.sanctions.renewal.process;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.processes.process.PositionAfterDeadline;
import eu.sanctions.processes.process.RejectedTaskInput;
import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.renewal.renewal.IntakeDecision;
import eu.sanctions.renewal.renewal.PendingPosition;
import eu.sanctions.renewal.renewal.PendingPositions;
import eu.sanctions.renewal.renewal.PositionIntake;
import eu.sanctions.renewal.renewal.RenewalSituation;
import eu.sanctions.renewal.renewal.Timeline;

/**
 * Takes a position where {@link PositionIntake} sends it, in the caller's transaction:
 * into the state's task (the same task Tasklist completes, with the door and the
 * submitter added), or says it must be kept or refused. The caller keeps or refuses. A
 * position applied supersedes the positions kept for its state before it.
 */
@Component
class PositionTasks {

	private final RenewalInstances instances;

	private final TaskService tasks;

	private final PendingPositions pending;

	private final Timeline timeline;

	private final Clock clock;

	PositionTasks(RenewalInstances instances, TaskService tasks, PendingPositions pending, Timeline timeline,
			Clock clock) {
		this.instances = instances;
		this.tasks = tasks;
		this.pending = pending;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * Applies a position that has just come, if it can be, now; the positions kept for
	 * its state, all older, are superseded by it.
	 * @return {@link Outcome.Recorded}, {@link Outcome.Kept}, {@link Outcome.Refused}, or
	 * {@link RolledBack} when the process refused the completion: the transaction is then
	 * marked for rollback, and the refusal must be told in another
	 */
	Outcome decideAndApply(Submission submission, TransactionStatus status) {
		return decideAndApply(submission, Long.MAX_VALUE, status);
	}

	/**
	 * Applies a kept position, which the caller has taken out, if it can be, now; the
	 * positions kept for its state before it are superseded by it.
	 * @return as {@link #decideAndApply(Submission, TransactionStatus)}
	 */
	Outcome decideAndApply(PendingPosition kept, TransactionStatus status) {
		return decideAndApply(Submission.of(kept), kept.id(), status);
	}

	private Outcome decideAndApply(Submission submission, long supersedesKeptBefore, TransactionStatus status) {
		RenewalSituation situation = this.instances.situation(submission.renewalId(), submission.state());
		IntakeDecision decision = PositionIntake.decide(situation, this.clock.instant());
		if (decision instanceof IntakeDecision.Keep keep) {
			return new Outcome.Kept(keep.why());
		}
		if (decision instanceof IntakeDecision.Refuse refuse) {
			return new Outcome.Refused(refuse.reason(), refuse.detail(), List.of());
		}
		String taskId = ((IntakeDecision.Apply) decision).taskId();
		try {
			supersedeKeptBefore(submission, supersedesKeptBefore);
			complete(taskId, submission);
			return new Outcome.Recorded(situation.round());
		}
		catch (RuntimeException ex) {
			Optional<RejectedTaskInput> rejected = rejection(ex);
			if (rejected.isEmpty()) {
				throw ex;
			}
			status.setRollbackOnly();
			return new RolledBack(refusalOf(rejected.get()));
		}
	}

	/**
	 * Takes out the positions kept for the state of a later one, in the caller's
	 * transaction, and notes each in the timeline. Only a state's latest position counts,
	 * and only it is recorded: recording the earlier ones first would publish positions
	 * the desk has already taken back, assess the veto risk on them, and could even close
	 * a round (its last awaited state answered) on a position the desk revised, so that
	 * the revision would then be refused.
	 * @param latest the position that replaces them
	 * @param before the number of the kept position it is, or {@link Long#MAX_VALUE} for
	 * one that has just come
	 */
	void supersedeKeptBefore(Submission latest, long before) {
		for (PendingPosition earlier : this.pending.of(latest.renewalId(), latest.state())) {
			if (earlier.id() < before && this.pending.take(earlier.id())) {
				this.timeline.add(latest.renewalId(), this.clock.instant(), "position-superseded",
						"Position of " + earlier.state() + " (" + earlier.position() + ") through " + earlier.channel()
								+ " by " + earlier.submittedBy() + ", kept since " + earlier.receivedAt()
								+ ", not applied: the later position " + latest.position() + " through "
								+ latest.channel() + " replaces it; a state's latest position counts.",
						earlier.eventId());
			}
		}
	}

	private void complete(String taskId, Submission submission) {
		try {
			this.tasks.complete(taskId,
					RenewalProcess.positionFromDoor(submission.position().name(), submission.conditions(),
							submission.justification(), submission.channel().name(), submission.submittedBy()));
		}
		catch (NullValueException | NotFoundException ex) {
			throw new EngineTransactions.TaskGone(taskId);
		}
	}

	private static Optional<RejectedTaskInput> rejection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RejectedTaskInput rejected) {
				return Optional.of(rejected);
			}
		}
		return Optional.empty();
	}

	private static Outcome.Refused refusalOf(RejectedTaskInput rejected) {
		if (rejected instanceof PositionAfterDeadline) {
			return new Outcome.Refused(PositionRejected.Reason.AFTER_DEADLINE, String.join(" ", rejected.problems()),
					List.of());
		}
		return new Outcome.Refused(PositionRejected.Reason.SCHEMA_INVALID, String.join(" ", rejected.problems()),
				rejected.problems());
	}

	/**
	 * The process refused the completion; the attempt was rolled back.
	 *
	 * @param refused why
	 */
	record RolledBack(Outcome.Refused refused) implements Outcome {
	}

}
