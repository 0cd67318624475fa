package eu.sanctions.processes.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.processes.renewal.Brussels;
import eu.sanctions.processes.renewal.Expiry;
import eu.sanctions.processes.renewal.PositionBook;
import eu.sanctions.processes.renewal.PositionDeadline;
import eu.sanctions.processes.renewal.PositionInput;
import eu.sanctions.processes.renewal.RenewalId;
import eu.sanctions.processes.renewal.SignalPressure;
import eu.sanctions.processes.renewal.StateCodes;
import eu.sanctions.processes.renewal.StatePosition;
import eu.sanctions.processes.renewal.Unanimity;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_OFFERED;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ASKED_STATES;
import static eu.sanctions.processes.process.RenewalProcess.Variables.AWAITED_STATES;
import static eu.sanctions.processes.process.RenewalProcess.Variables.CHANNEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.CONDITIONS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DECLARATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DOOR_CHANNEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DOOR_CONDITIONS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DOOR_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DOOR_POSITION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.DOOR_SUBMITTED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PACKAGE_KEY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITIONS_CLOSED;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITIONS_CLOSE_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PRESSURED_STATES;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REMINDER_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RISK_LEVEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ROUND;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ROUND_REQUESTED_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STRONGEST_PRESSURE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SUBMITTED_BY;

/**
 * The renewal's process variables read as the renewal's values, and written back as
 * strings, numbers and booleans only: no serialized objects, and per-state data in
 * per-state variables so that desks answering at once do not write the same variable.
 */
final class RenewalVariables {

	private final VariableScope scope;

	private RenewalVariables(VariableScope scope) {
		this.scope = scope;
	}

	static RenewalVariables of(VariableScope scope) {
		return new RenewalVariables(scope);
	}

	String text(String name) {
		Object value = this.scope.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

	/** The text, or null when it is absent or blank. */
	String optionalText(String name) {
		String text = text(name);
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	String required(String name) {
		String text = optionalText(name);
		if (text == null) {
			throw new ProcessEngineException("The renewal needs the variable " + name);
		}
		return text;
	}

	LocalDate date(String name) {
		return LocalDate.parse(required(name));
	}

	Optional<LocalDate> optionalDate(String name) {
		return Optional.ofNullable(optionalText(name)).map(LocalDate::parse);
	}

	Instant instant(String name) {
		return OffsetDateTime.parse(required(name)).toInstant();
	}

	int integer(String name) {
		Object value = this.scope.getVariable(name);
		return (value instanceof Number number) ? number.intValue() : Integer.parseInt(required(name));
	}

	boolean flag(String name) {
		Object value = this.scope.getVariable(name);
		return (value instanceof Boolean flag) ? flag : Boolean.parseBoolean(text(name));
	}

	RenewalId renewalId() {
		return new RenewalId(required(PACKAGE_KEY), expiry().date());
	}

	String id() {
		return renewalId().toString();
	}

	String packageKey() {
		return required(PACKAGE_KEY);
	}

	Expiry expiry() {
		return new Expiry(date(EXPIRY));
	}

	PositionDeadline deadline() {
		return new PositionDeadline(date(POSITION_DEADLINE));
	}

	MemberState state() {
		return MemberState.fromCode(required(STATE))
			.orElseThrow(() -> new ProcessEngineException("Not a member state: " + text(STATE)));
	}

	RiskLevel riskLevel() {
		String level = optionalText(RISK_LEVEL);
		return (level != null) ? RiskLevel.valueOf(level) : null;
	}

	/**
	 * The answer being given: through a door of renewal-service (transient, see
	 * {@link RenewalProcess#positionFromDoor}), or the task's fields.
	 */
	PositionInput positionInput() {
		return doorInput().orElseGet(() -> new PositionInput(text(POSITION), text(CONDITIONS), justification(),
				text(CHANNEL), optionalText(SUBMITTED_BY)));
	}

	/**
	 * The answer a door of renewal-service gives, if this completion came through one:
	 * only transient values count, so that a variable of that name stored by anyone else
	 * is never taken for one.
	 */
	Optional<PositionInput> doorInput() {
		TypedValue position = this.scope.getVariableTyped(DOOR_POSITION);
		if (position == null || !position.isTransient()) {
			return Optional.empty();
		}
		return Optional.of(new PositionInput(text(DOOR_POSITION), text(DOOR_CONDITIONS), text(DOOR_JUSTIFICATION),
				text(DOOR_CHANNEL), optionalText(DOOR_SUBMITTED_BY)));
	}

	/**
	 * The justification of the answer; for a constructive abstention given with the
	 * Tasklist form, the declaration the form asks for in a field of its own.
	 */
	private String justification() {
		String declaration = optionalText(DECLARATION);
		boolean constructive = Position.CONSTRUCTIVE_ABSTENTION.name().equals(optionalText(POSITION));
		return (constructive && declaration != null) ? declaration : text(JUSTIFICATION);
	}

	/** Every state's answers to every round so far. */
	PositionBook book() {
		int round = this.scope.hasVariable(ROUND) ? integer(ROUND) : 0;
		List<StatePosition> positions = new ArrayList<>();
		for (int answered = 1; answered <= round; answered++) {
			for (MemberState state : MemberState.values()) {
				String json = optionalText(RenewalProcess.Variables.positionOf(state, answered));
				if (json != null) {
					positions.add(read(json));
				}
			}
		}
		return new PositionBook(round, StateCodes.parse(text(ASKED_STATES)), flag(POSITIONS_CLOSED), positions);
	}

	SignalPressure pressure() {
		String strongest = optionalText(STRONGEST_PRESSURE);
		return (strongest != null)
				? new SignalPressure(SignalSeverity.valueOf(strongest), StateCodes.parse(text(PRESSURED_STATES)))
				: SignalPressure.NONE;
	}

	/** The positions, what unanimity makes of them, and the pressure. */
	Situation situation(Unanimity unanimity) {
		PositionBook book = book();
		return new Situation(book, unanimity.on(book.standingPositions()), pressure());
	}

	void writePosition(StatePosition position) {
		try {
			this.scope.setVariable(RenewalProcess.Variables.positionOf(position.state(), position.round()),
					EventJson.mapper().writeValueAsString(position));
		}
		catch (JsonProcessingException ex) {
			throw new ProcessEngineException("Cannot write the position of " + position.state(), ex);
		}
	}

	void openRound(PositionBook book, PositionDeadline deadline, Instant now) {
		this.scope.setVariable(ROUND, book.round());
		this.scope.setVariable(ASKED_STATES, StateCodes.format(book.asked()));
		this.scope.setVariable(AWAITED_STATES, StateCodes.format(book.awaited()));
		this.scope.setVariable(POSITIONS_CLOSED, false);
		this.scope.setVariable(ADOPTION_OFFERED, false);
		this.scope.setVariable(ROUND_REQUESTED_AT, at(now));
		this.scope.setVariable(REMINDER_AT, at(deadline.reminderAt()));
		this.scope.setVariable(POSITIONS_CLOSE_AT, at(deadline.closesAt()));
	}

	/**
	 * Forgets the door of the last answer, so that a revision through Tasklist is not
	 * recorded as coming through REST or Kafka, and the declaration only the Tasklist
	 * form sends, so that a revision through another door is not recorded with it.
	 */
	void forgetDoor() {
		for (String name : List.of(CHANNEL, SUBMITTED_BY, DECLARATION)) {
			// Only what is set: each write is a variable row and its history.
			if (this.scope.getVariable(name) != null) {
				this.scope.setVariable(name, null);
			}
		}
	}

	/** An instant as the engine's timers read it: ISO-8601 with the Brussels offset. */
	static String at(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Brussels.ZONE));
	}

	static List<MemberState> list(Collection<MemberState> states) {
		return List.copyOf(states);
	}

	private static StatePosition read(String json) {
		try {
			return EventJson.mapper().readValue(json, StatePosition.class);
		}
		catch (JsonProcessingException ex) {
			throw new ProcessEngineException("Cannot read a position: " + json, ex);
		}
	}

	/**
	 * The renewal as it stands.
	 *
	 * @param book the positions
	 * @param verdict what unanimity makes of them
	 * @param pressure the signals recorded
	 */
	record Situation(PositionBook book, Unanimity.Verdict verdict, SignalPressure pressure) {
	}

}
