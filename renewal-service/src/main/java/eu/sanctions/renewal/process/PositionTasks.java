package eu.sanctions.renewal.process;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Takes a position where {@link PositionIntake} sends it, in the caller's transaction:
 * into the state's task (the same task Tasklist completes, with the door and the
 * submitter added), or says it must be kept or refused. The caller keeps or refuses.
 */
@Component
class PositionTasks {

	private final RenewalInstances instances;

	private final TaskService tasks;

	private final PendingPositions pending;

	private final Clock clock;

	PositionTasks(RenewalInstances instances, TaskService tasks, PendingPositions pending, Clock clock) {
		this.instances = instances;
		this.tasks = tasks;
		this.pending = pending;
		this.clock = clock;
	}

	/**
	 * Applies the position if it can be, now.
	 * @return {@link Outcome.Recorded}, {@link Outcome.Kept}, {@link Outcome.Refused}, or
	 * {@link RolledBack} when the process refused the completion: the transaction is then
	 * marked for rollback, and the refusal must be told in another
	 */
	Outcome decideAndApply(Submission submission, TransactionStatus status) {
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
			// Positions kept for this state came first: they are recorded first, so that
			// the latest one counts.
			for (PendingPosition kept : this.pending.of(submission.renewalId(), submission.state())) {
				if (this.pending.take(kept.id())) {
					complete(taskId, Submission.of(kept));
					taskId = this.instances.stateTaskId(this.instances.running(submission.renewalId()).orElseThrow(),
							submission.state());
					if (taskId == null) {
						return new Outcome.Refused(PositionRejected.Reason.RENEWAL_CLOSED,
								"The round closed with the position " + submission.state() + " had given before.",
								List.of());
					}
				}
			}
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

	private void complete(String taskId, Submission submission) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(RenewalProcess.Variables.POSITION, submission.position().name());
		variables.put(RenewalProcess.Variables.CONDITIONS, submission.conditions());
		variables.put(RenewalProcess.Variables.JUSTIFICATION, submission.justification());
		variables.put(RenewalProcess.Variables.CHANNEL, submission.channel().name());
		variables.put(RenewalProcess.Variables.SUBMITTED_BY, submission.submittedBy());
		try {
			this.tasks.complete(taskId, variables);
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
