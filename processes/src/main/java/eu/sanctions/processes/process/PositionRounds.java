package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import eu.sanctions.events.MemberState;
import eu.sanctions.processes.renewal.StateCodes;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ASKED_STATES;

/**
 * The states a round asks, as the collection of the multi-instance: one desk task per
 * state. Computed from a string variable so that no list is stored in the engine.
 */
public class PositionRounds {

	public List<String> askedStates(DelegateExecution execution) {
		return StateCodes.parse(RenewalVariables.of(execution).text(ASKED_STATES))
			.stream()
			.map(MemberState::euCode)
			.toList();
	}

}
