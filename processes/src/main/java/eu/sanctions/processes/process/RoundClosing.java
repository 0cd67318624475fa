package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITIONS_CLOSED;

/**
 * Closes the round: no more positions, and the states that never answered count as no
 * response.
 */
class RoundClosing implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(POSITIONS_CLOSED, true);
	}

}
