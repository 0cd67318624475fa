package eu.sanctions.processes.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.processes.renewal.PositionBook;
import eu.sanctions.processes.renewal.PositionDeadline;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ROUND_REQUESTED_AT;

/**
 * Publishes {@code reminder-due} for the states of the round that have not answered, if
 * any.
 */
class SilentStatesReminder implements JavaDelegate {

	private final RenewalEvents events;

	SilentStatesReminder(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		PositionBook book = variables.book();
		PositionDeadline deadline = variables.deadline();
		Set<MemberState> silent = book.awaited();
		if (silent.isEmpty() || !deadline.remindsRoundRequestedAt(variables.instant(ROUND_REQUESTED_AT))) {
			return;
		}
		this.events.publish(new ReminderDue(variables.id(), variables.packageKey(), book.round(), deadline.date(),
				RenewalVariables.list(silent)));
	}

}
