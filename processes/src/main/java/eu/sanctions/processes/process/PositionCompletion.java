package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.processes.renewal.PositionDeadline;

import static eu.sanctions.processes.process.RenewalProcess.Variables.CHANNEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SUBMITTED_BY;

/**
 * Refuses a position after the deadline or one that breaks the rules, whichever door it
 * came through; names the door and the submitter when the door did not.
 */
class PositionCompletion implements TaskListener {

	private final Clock clock;

	PositionCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		PositionDeadline deadline = variables.deadline();
		if (!deadline.acceptsPositionsAt(this.clock.instant())) {
			throw new PositionAfterDeadline(task.getName(), deadline.toString());
		}
		RejectedTaskInput.refuseIfAny(task, variables.positionInput().problems());
		if (variables.optionalText(CHANNEL) == null) {
			task.setVariable(CHANNEL, SubmissionChannel.TASKLIST.name());
		}
		if (variables.optionalText(SUBMITTED_BY) == null) {
			task.setVariable(SUBMITTED_BY, Completions.by(task));
		}
	}

}
