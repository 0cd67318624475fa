package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff decide after a negotiation, as entered: ask states again on an amended
 * proposal with a new deadline, or accept that the measures lapse.
 */
public record NegotiationInput(String decision, String amendments, String positionDeadline, String statesToAsk,
		String lapseJustification) {

	/** The two ways out of a negotiation. */
	public enum Decision {

		ASK_AGAIN, ACCEPT_LAPSE

	}

	public List<String> problems(Expiry expiry, LocalDate today) {
		Problems problems = new Problems();
		Decision chosen = problems.oneOf("The decision", this.decision, Decision.class, true);
		problems.maxLength("The justification", this.lapseJustification, 4000);
		if (chosen == Decision.ACCEPT_LAPSE) {
			problems.required("A justification for accepting the lapse", this.lapseJustification);
		}
		else if (chosen == Decision.ASK_AGAIN) {
			Proposal.deadline(problems, expiry, today, this.positionDeadline);
			Proposal.amendments(problems, this.amendments);
			if (problems.required("The states to ask again", this.statesToAsk)) {
				StateCodes.unknown(this.statesToAsk)
					.forEach((code) -> problems.add("\"" + code + "\" is not the EU code of a member state."));
			}
		}
		return problems.list();
	}

}
