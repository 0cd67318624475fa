package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Recommendation;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.processes.renewal.ListingAmendments;

import static eu.sanctions.processes.process.RenewalProcess.Variables.AMENDMENTS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RECOMMENDATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEWED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEW_JUSTIFICATION;

/** Publishes {@code review-completed}. */
class ReviewPublication implements JavaDelegate {

	private final RenewalEvents events;

	ReviewPublication(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		Recommendation recommendation = Recommendation.valueOf(variables.required(RECOMMENDATION));
		boolean extend = recommendation != Recommendation.LET_LAPSE;
		List<ListingAmendment> amendments = extend ? ListingAmendments.parse(variables.text(AMENDMENTS)).amendments()
				: List.of();
		this.events.publish(new ReviewCompleted(variables.id(), variables.packageKey(), recommendation,
				extend ? variables.date(PROPOSED_NEW_EXPIRY) : null, extend ? variables.date(POSITION_DEADLINE) : null,
				amendments, variables.optionalText(REVIEW_JUSTIFICATION), variables.required(REVIEWED_BY)));
	}

}
