package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.Recommendation;

/**
 * What policy staff enter at review, as entered: the recommendation, the proposed new
 * expiry, the position deadline, the listing amendments, and the justification.
 */
public record ReviewInput(String recommendation, String proposedNewExpiry, String positionDeadline, String amendments,
		String justification) {

	/** What is wrong, given the expiry under renewal and today in Brussels. */
	public List<String> problems(Expiry expiry, LocalDate today) {
		Problems problems = new Problems();
		Recommendation chosen = problems.oneOf("The recommendation", this.recommendation, Recommendation.class, true);
		problems.maxLength("The justification", this.justification, 4000);
		if (chosen == Recommendation.LET_LAPSE) {
			problems.required("A justification for letting the measures lapse", this.justification);
		}
		else if (chosen != null) {
			Proposal.check(problems, expiry, today, this.proposedNewExpiry, this.positionDeadline);
			List<?> amended = Proposal.amendments(problems, this.amendments);
			problems.check(chosen != Recommendation.EXTEND_WITH_AMENDMENTS || !amended.isEmpty(),
					"Extending with amendments needs at least one amendment.");
			problems.check(chosen != Recommendation.EXTEND || amended.isEmpty(),
					"Extending as is amends no listing: choose to extend with amendments, or remove them.");
		}
		return problems.list();
	}

}
