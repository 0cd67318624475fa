package eu.sanctions.processes.renewal;

import java.util.List;

import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;

/**
 * A position as a desk submits it, through whichever door: Tasklist, the REST API or
 * Kafka.
 */
public record PositionInput(String position, String conditions, String justification, String channel,
		String submittedBy) {

	/**
	 * Conditions and justification stay short enough for the whole position to fit one
	 * process variable.
	 */
	public static final int MAX_TEXT = 1000;

	public List<String> problems() {
		Problems problems = new Problems();
		Position chosen = problems.oneOf("The position", this.position, Position.class, true);
		problems.check(chosen != Position.NO_RESPONSE, "No response is what silence counts as; it cannot be given.");
		if (chosen == Position.SUPPORT_WITH_CONDITIONS) {
			problems.required("The conditions of a support with conditions", this.conditions);
		}
		if (chosen == Position.CONSTRUCTIVE_ABSTENTION) {
			problems.required("The declaration of a constructive abstention", this.justification);
		}
		problems.maxLength("The conditions", this.conditions, MAX_TEXT);
		problems.maxLength("The justification", this.justification, MAX_TEXT);
		problems.maxLength("The submitter", this.submittedBy, 200);
		problems.oneOf("The channel", this.channel, SubmissionChannel.class, false);
		return problems.list();
	}

	public Position chosenPosition() {
		return Position.valueOf(this.position.trim());
	}

	/**
	 * The conditions, kept only with a support with conditions: a form hides the field
	 * otherwise, and what it held before must not stick to another position.
	 */
	public String effectiveConditions() {
		return (chosenPosition() == Position.SUPPORT_WITH_CONDITIONS) ? blankToNull(this.conditions) : null;
	}

	public String effectiveJustification() {
		return blankToNull(this.justification);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
