package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.processes.renewal.Expiry;
import eu.sanctions.processes.renewal.Unanimity;

import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSE_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSE_REASON;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RENEWAL_OUTCOME;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEW_JUSTIFICATION;

/**
 * Publishes {@code renewal-lapsed}, for the reason the step names in its input
 * {@code lapseReason}, with the states whose veto stood.
 */
class LapsePublication implements JavaDelegate {

	private final RenewalEvents events;

	private final Unanimity unanimity;

	LapsePublication(RenewalEvents events, Unanimity unanimity) {
		this.events = events;
		this.unanimity = unanimity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		RenewalLapsed.Reason reason = RenewalLapsed.Reason.valueOf(variables.required(LAPSE_REASON));
		String justification = switch (reason) {
			case LAPSE_RECOMMENDED -> variables.optionalText(REVIEW_JUSTIFICATION);
			case LAPSE_ACCEPTED -> variables.optionalText(LAPSE_JUSTIFICATION);
			case EXPIRED_WITHOUT_ADOPTION -> null;
		};
		Expiry expiry = variables.expiry();
		execution.setVariable(RENEWAL_OUTCOME, RenewalOutcome.LAPSED.name());
		this.events.publish(new RenewalLapsed(variables.id(), variables.packageKey(), expiry.date(), expiry.lapsesOn(),
				reason, RenewalVariables.list(variables.situation(this.unanimity).verdict().blockingStates()),
				justification));
	}

}
