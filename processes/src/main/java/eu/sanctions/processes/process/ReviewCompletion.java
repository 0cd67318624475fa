package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.events.Recommendation;
import eu.sanctions.processes.renewal.Brussels;
import eu.sanctions.processes.renewal.ReviewInput;

import static eu.sanctions.processes.process.RenewalProcess.Variables.AMENDMENTS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LET_LAPSE_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RECOMMENDATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEWED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEW_JUSTIFICATION;

/**
 * Refuses a review that breaks the rules, and notes who reviewed. The form asks why the
 * measures should lapse in a field of its own, kept as the review's justification.
 */
class ReviewCompletion implements TaskListener {

	private final Clock clock;

	ReviewCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		String letLapse = variables.optionalText(LET_LAPSE_JUSTIFICATION);
		if (Recommendation.LET_LAPSE.name().equals(variables.optionalText(RECOMMENDATION)) && letLapse != null) {
			task.setVariable(REVIEW_JUSTIFICATION, letLapse);
		}
		ReviewInput input = new ReviewInput(variables.text(RECOMMENDATION), variables.text(PROPOSED_NEW_EXPIRY),
				variables.text(POSITION_DEADLINE), variables.text(AMENDMENTS), variables.text(REVIEW_JUSTIFICATION));
		RejectedTaskInput.refuseIfAny(task, input.problems(variables.expiry(), Brussels.today(this.clock)));
		task.setVariable(REVIEWED_BY, Completions.by(task));
	}

}
