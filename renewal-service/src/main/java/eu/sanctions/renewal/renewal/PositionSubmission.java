package eu.sanctions.renewal.renewal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.processes.renewal.PositionInput;

/**
 * A position as a desk submits it, through the REST API or Kafka, before anything is
 * checked: the same rules as the desk's task in Tasklist, field by field.
 *
 * @param state the member state as written
 * @param position the position as written
 * @param conditions the conditions, required with {@code SUPPORT_WITH_CONDITIONS}
 * @param justification the justification, required with {@code CONSTRUCTIVE_ABSTENTION}
 */
public record PositionSubmission(String state, String position, String conditions, String justification) {

	private static final List<String> SUBMITTABLE = Arrays.stream(Position.values())
		.filter(Position::isSubmittable)
		.map(Position::name)
		.toList();

	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(this.state)) {
			problems.add(new FieldProblem("state", "The state is required."));
		}
		else if (memberState().isEmpty()) {
			problems.add(new FieldProblem("state", "Unknown state \"" + abbreviated(this.state)
					+ "\": a member state is named by its EU code, e.g. LT, or EL for Greece."));
		}
		Optional<Position> chosen = chosen();
		if (blank(this.position)) {
			problems.add(new FieldProblem("position", "The position is required."));
		}
		else if (chosen.isEmpty()) {
			problems.add(new FieldProblem("position", "The position must be one of " + SUBMITTABLE + "."));
		}
		if (chosen.filter((value) -> value == Position.SUPPORT_WITH_CONDITIONS).isPresent() && blank(this.conditions)) {
			problems.add(new FieldProblem("conditions", "The conditions of a support with conditions are required."));
		}
		if (chosen.filter((value) -> value == Position.CONSTRUCTIVE_ABSTENTION).isPresent()
				&& blank(this.justification)) {
			problems.add(new FieldProblem("justification",
					"The declaration of a constructive abstention is required in the justification."));
		}
		if (this.conditions != null && this.conditions.length() > PositionInput.MAX_TEXT) {
			problems.add(new FieldProblem("conditions",
					"The conditions are longer than " + PositionInput.MAX_TEXT + " characters."));
		}
		if (this.justification != null && this.justification.length() > PositionInput.MAX_TEXT) {
			problems.add(new FieldProblem("justification",
					"The justification is longer than " + PositionInput.MAX_TEXT + " characters."));
		}
		return List.copyOf(problems);
	}

	public Optional<MemberState> memberState() {
		return (this.state != null && this.state.trim().length() == 2) ? MemberState.fromCode(this.state)
				: Optional.empty();
	}

	public Optional<Position> chosen() {
		return (this.position != null && SUBMITTABLE.contains(this.position.trim()))
				? Optional.of(Position.valueOf(this.position.trim())) : Optional.empty();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
