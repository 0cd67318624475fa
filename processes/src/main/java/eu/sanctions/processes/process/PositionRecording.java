package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.processes.renewal.PositionBook;
import eu.sanctions.processes.renewal.PositionInput;
import eu.sanctions.processes.renewal.StateCodes;
import eu.sanctions.processes.renewal.StatePosition;

import static eu.sanctions.processes.process.RenewalProcess.Variables.AWAITED_STATES;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ROUND_ANSWERED;

/**
 * Records a state's answer in the position book (its own variable), says whether the
 * round is now complete, and publishes {@code position-recorded}.
 */
class PositionRecording implements JavaDelegate {

	private final RenewalEvents events;

	private final Clock clock;

	PositionRecording(RenewalEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		PositionInput input = variables.positionInput();
		PositionBook book = variables.book();
		StatePosition position = new StatePosition(variables.state(), book.round(), input.chosenPosition(),
				input.effectiveConditions(), input.effectiveJustification(), SubmissionChannel.valueOf(input.channel()),
				input.submittedBy(), this.clock.instant());
		PositionBook.Recorded recorded = book.record(position);
		variables.writePosition(position);
		if (recorded.firstInRound()) {
			execution.setVariable(AWAITED_STATES, StateCodes.format(recorded.book().awaited()));
		}
		execution.setVariableLocal(ROUND_ANSWERED, recorded.book().everyAskedStateAnswered());
		variables.forgetDoor();
		this.events.publish(new PositionRecorded(variables.id(), variables.packageKey(), position.round(),
				position.state(), position.position(), recorded.previousInRound(), position.conditions(),
				position.justification(), position.channel(), position.submittedBy(), position.recordedAt()));
	}

}
