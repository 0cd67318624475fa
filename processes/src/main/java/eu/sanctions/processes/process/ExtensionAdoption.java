package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.processes.renewal.ListingAmendments;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ACT_REFERENCE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_RECORDED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.AMENDMENTS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ENTRY_INTO_FORCE_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PUBLICATION_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RENEWAL_OUTCOME;

/**
 * Publishes {@code extension-adopted}: extended as is, or with the proposal's amendments.
 * Sent again, with any correction, when staff resend it to the registry.
 */
class ExtensionAdoption implements JavaDelegate {

	private final RenewalEvents events;

	ExtensionAdoption(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		List<ListingAmendment> amendments = ListingAmendments.parse(variables.text(AMENDMENTS)).amendments();
		RenewalOutcome outcome = amendments.isEmpty() ? RenewalOutcome.EXTENDED
				: RenewalOutcome.EXTENDED_WITH_AMENDMENTS;
		execution.setVariable(RENEWAL_OUTCOME, outcome.name());
		this.events.publish(new ExtensionAdopted(variables.id(), variables.packageKey(), outcome,
				variables.expiry().date(), variables.date(PROPOSED_NEW_EXPIRY), variables.required(ACT_REFERENCE),
				variables.date(ADOPTION_DATE), variables.optionalDate(PUBLICATION_DATE).orElse(null),
				variables.optionalDate(ENTRY_INTO_FORCE_DATE).orElse(null), amendments,
				variables.required(ADOPTION_RECORDED_BY)));
	}

}
