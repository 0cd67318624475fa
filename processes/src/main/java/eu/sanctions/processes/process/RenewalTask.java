package eu.sanctions.processes.process;

import java.util.Set;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ACT_REFERENCE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTED_BY_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.AMENDMENTS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.CONDITIONS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DECLARATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ENTRY_INTO_FORCE_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSE_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LET_LAPSE_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.NEGOTIATION_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.OVERDUE_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PUBLICATION_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RECOMMENDATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REFUSAL_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEW_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATES_TO_ASK;
import static eu.sanctions.processes.process.RenewalProcess.Variables.WITHDRAWAL_REASON;

/**
 * The user tasks of the renewal: their task definition key, their Camunda Form, and the
 * fields of that form, which are the variables the task's completion listener checks and
 * the process reads.
 */
public enum RenewalTask {

	/** Policy staff review the package and propose the renewal. */
	REVIEW("review", "review", RECOMMENDATION, PROPOSED_NEW_EXPIRY, POSITION_DEADLINE, AMENDMENTS, REVIEW_JUSTIFICATION,
			LET_LAPSE_JUSTIFICATION),

	/**
	 * A desk gives or revises its state's position; candidate group {@code desk-XX}, the
	 * state in the local variable {@code state}. The REST and Kafka doors complete it
	 * too, adding {@code channel} and {@code submittedBy}.
	 */
	GIVE_POSITION("givePosition", "position", POSITION, CONDITIONS, JUSTIFICATION, DECLARATION),

	/** Staff amend the proposal and ask again, or accept the lapse. */
	NEGOTIATE("negotiate", "negotiation", NEGOTIATION_DECISION, AMENDMENTS, POSITION_DEADLINE, STATES_TO_ASK,
			LAPSE_JUSTIFICATION),

	/** Staff record the Council's adoption. */
	RECORD_ADOPTION("recordAdoption", "adoption", ACT_REFERENCE, ADOPTION_DATE, PUBLICATION_DATE,
			ENTRY_INTO_FORCE_DATE),

	/**
	 * The expiry passed while the adoption awaited its recording: record the adoption if
	 * the Council adopted by the expiry, or let the measures lapse. Urgent.
	 */
	CONFIRM_ADOPTION_AT_EXPIRY("confirmAdoptionAtExpiry", "adoption-at-expiry", ADOPTED_BY_EXPIRY, ACT_REFERENCE,
			ADOPTION_DATE, PUBLICATION_DATE, ENTRY_INTO_FORCE_DATE),

	/** The registry refused the extension: resend it corrected, or end the renewal. */
	RESOLVE_REGISTRY_REFUSAL("resolveRegistryRefusal", "registry-refusal", REFUSAL_DECISION, ACT_REFERENCE,
			ADOPTION_DATE, PUBLICATION_DATE, ENTRY_INTO_FORCE_DATE, WITHDRAWAL_REASON),

	/** The registry has not confirmed in time: resend, or wait again. */
	CHASE_REGISTRY("chaseRegistry", "registry-overdue", OVERDUE_DECISION);

	private final String key;

	private final String form;

	private final Set<String> formFields;

	RenewalTask(String key, String form, String... formFields) {
		this.key = key;
		this.form = form;
		this.formFields = Set.of(formFields);
	}

	/** The task definition key. */
	public String key() {
		return this.key;
	}

	/** The id of its Camunda Form, referenced with {@code camunda:formRef}. */
	public String form() {
		return this.form;
	}

	public Set<String> formFields() {
		return this.formFields;
	}

}
