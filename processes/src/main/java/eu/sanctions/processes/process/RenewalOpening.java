package eu.sanctions.processes.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.processes.renewal.Expiry;
import eu.sanctions.processes.renewal.RenewalId;

import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSES_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REGISTRY_CONFIRMATION_TIMEOUT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RENEWAL_CYCLE_MONTHS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ROUND;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STARTED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.TRIGGERING_EVENT_ID;

/**
 * Opens a renewal: the review's defaults (new expiry, position deadline) unless given at
 * start, the expiry's timer, and {@code renewal-started}.
 */
class RenewalOpening implements JavaDelegate {

	static final String DEFAULT_REGISTRY_CONFIRMATION_TIMEOUT = "P3D";

	private final RenewalEvents events;

	RenewalOpening(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		RenewalId id = variables.renewalId();
		Expiry expiry = variables.expiry();
		checkBusinessKey(execution, id);
		LocalDate proposed = variables.optionalDate(PROPOSED_NEW_EXPIRY)
			.orElseGet(() -> expiry.extendedBy(variables.integer(RENEWAL_CYCLE_MONTHS)));
		execution.setVariable(PROPOSED_NEW_EXPIRY, proposed.toString());
		if (variables.optionalText(POSITION_DEADLINE) == null) {
			execution.setVariable(POSITION_DEADLINE, expiry.defaultDeadline().toString());
		}
		execution.setVariable(LAPSES_AT, RenewalVariables.at(expiry.lapsesAt()));
		if (variables.optionalText(REGISTRY_CONFIRMATION_TIMEOUT) == null) {
			execution.setVariable(REGISTRY_CONFIRMATION_TIMEOUT, DEFAULT_REGISTRY_CONFIRMATION_TIMEOUT);
		}
		execution.setVariable(ROUND, 0);
		this.events.publish(new RenewalStarted(id.toString(), id.packageKey(), expiry.date(), proposed,
				variables.required(STARTED_BY), variables.optionalText(TRIGGERING_EVENT_ID)));
	}

	private static void checkBusinessKey(DelegateExecution execution, RenewalId id) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null) {
			execution.setProcessBusinessKey(id.toString());
		}
		else if (!businessKey.equals(id.toString())) {
			throw new ProcessEngineException(
					"A renewal's business key is packageKey:expiry, " + id + ", not " + businessKey);
		}
	}

}
