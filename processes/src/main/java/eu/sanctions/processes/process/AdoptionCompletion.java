package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.processes.renewal.AdoptionInput;
import eu.sanctions.processes.renewal.Brussels;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ACT_REFERENCE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_RECORDED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ENTRY_INTO_FORCE_DATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PUBLICATION_DATE;

/** Refuses an adoption record that breaks the rules, and notes who recorded it. */
class AdoptionCompletion implements TaskListener {

	private final Clock clock;

	AdoptionCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		RejectedTaskInput.refuseIfAny(task,
				adoption(variables).problems(variables.expiry(), Brussels.today(this.clock)));
		task.setVariable(ADOPTION_RECORDED_BY, Completions.by(task));
	}

	static AdoptionInput adoption(RenewalVariables variables) {
		return new AdoptionInput(variables.text(ACT_REFERENCE), variables.text(ADOPTION_DATE),
				variables.text(PUBLICATION_DATE), variables.text(ENTRY_INTO_FORCE_DATE));
	}

}
