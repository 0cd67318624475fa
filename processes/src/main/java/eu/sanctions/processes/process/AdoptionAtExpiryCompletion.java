package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.processes.renewal.AdoptionAtExpiryInput;
import eu.sanctions.processes.renewal.Brussels;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTED_BY_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_RECORDED_BY;

/**
 * Refuses an answer on an adoption awaiting its recording at the expiry that breaks the
 * rules (an adoption after the expiry cannot extend lapsed measures), and notes who
 * recorded the adoption, when it is recorded.
 */
class AdoptionAtExpiryCompletion implements TaskListener {

	private final Clock clock;

	AdoptionAtExpiryCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		String decision = variables.optionalText(ADOPTED_BY_EXPIRY);
		AdoptionAtExpiryInput input = new AdoptionAtExpiryInput(decision, AdoptionCompletion.adoption(variables));
		RejectedTaskInput.refuseIfAny(task, input.problems(variables.expiry(), Brussels.today(this.clock)));
		if (AdoptionAtExpiryInput.Decision.ADOPTED.name().equals(decision)) {
			task.setVariable(ADOPTION_RECORDED_BY, Completions.by(task));
		}
	}

}
