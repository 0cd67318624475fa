package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.renewal.RenewalCompleted;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ACT_REFERENCE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RENEWAL_OUTCOME;

/** Publishes {@code renewal-completed} once the registry confirmed the extension. */
class RenewalCompletion implements JavaDelegate {

	private final RenewalEvents events;

	RenewalCompletion(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		this.events.publish(new RenewalCompleted(variables.id(), variables.packageKey(),
				RenewalOutcome.valueOf(variables.required(RENEWAL_OUTCOME)), variables.expiry().date(),
				variables.date(PROPOSED_NEW_EXPIRY), variables.required(ACT_REFERENCE)));
	}

}
