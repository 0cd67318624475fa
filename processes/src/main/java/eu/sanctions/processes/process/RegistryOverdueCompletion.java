package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.processes.renewal.RegistryOverdueInput;

import static eu.sanctions.processes.process.RenewalProcess.Variables.OVERDUE_DECISION;

/** Refuses a decision on an overdue confirmation that is neither resend nor wait. */
class RegistryOverdueCompletion implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		RejectedTaskInput.refuseIfAny(task,
				new RegistryOverdueInput(RenewalVariables.of(task).text(OVERDUE_DECISION)).problems());
	}

}
