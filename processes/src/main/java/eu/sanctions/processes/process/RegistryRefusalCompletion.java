package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.processes.renewal.Brussels;
import eu.sanctions.processes.renewal.RegistryRefusalInput;

import static eu.sanctions.processes.process.RenewalProcess.Variables.REFUSAL_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.WITHDRAWAL_REASON;
import static eu.sanctions.processes.process.RenewalProcess.Variables.WITHDRAWN_BY;

/**
 * Refuses a resolution of the registry's refusal that breaks the rules; notes who ended
 * the renewal, when they did.
 */
class RegistryRefusalCompletion implements TaskListener {

	private final Clock clock;

	RegistryRefusalCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		RegistryRefusalInput input = new RegistryRefusalInput(variables.text(REFUSAL_DECISION),
				AdoptionCompletion.adoption(variables), variables.text(WITHDRAWAL_REASON));
		RejectedTaskInput.refuseIfAny(task, input.problems(variables.expiry(), Brussels.today(this.clock)));
		if (RegistryRefusalInput.Decision.END.name().equals(variables.text(REFUSAL_DECISION))) {
			task.setVariable(WITHDRAWN_BY, Completions.by(task));
		}
	}

}
