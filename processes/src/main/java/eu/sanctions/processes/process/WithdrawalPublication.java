package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.renewal.RenewalWithdrawn;

import static eu.sanctions.processes.process.RenewalProcess.Variables.WITHDRAWAL_REASON;
import static eu.sanctions.processes.process.RenewalProcess.Variables.WITHDRAWN_BY;

/**
 * Publishes {@code renewal-withdrawn}: staff withdrew the renewal, or ended it after the
 * registry refused the extension.
 */
class WithdrawalPublication implements JavaDelegate {

	private final RenewalEvents events;

	WithdrawalPublication(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		this.events.publish(new RenewalWithdrawn(variables.id(), variables.packageKey(),
				variables.required(WITHDRAWAL_REASON), variables.required(WITHDRAWN_BY)));
	}

}
