package eu.sanctions.processes.renewal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.SignalSeverity;

/**
 * The pressure recorded against a renewal: the strongest signal so far and every state a
 * signal named. Signals are not positions; they raise the veto risk.
 *
 * @param strongest the strongest severity recorded, absent before any signal
 * @param statesConcerned the states the signals bear on
 */
public record SignalPressure(SignalSeverity strongest, Set<MemberState> statesConcerned) {

	public static final SignalPressure NONE = new SignalPressure(null, Set.of());

	public SignalPressure {
		statesConcerned = Collections.unmodifiableSet(
				statesConcerned.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(statesConcerned));
	}

	/** The pressure once another signal is recorded. */
	public SignalPressure with(SignalSeverity severity, Collection<MemberState> states) {
		SignalSeverity stronger = (this.strongest == null || severity.compareTo(this.strongest) > 0) ? severity
				: this.strongest;
		Set<MemberState> concerned = EnumSet.noneOf(MemberState.class);
		concerned.addAll(this.statesConcerned);
		concerned.addAll(states);
		return new SignalPressure(stronger, concerned);
	}

	public Optional<SignalSeverity> strongestSeverity() {
		return Optional.ofNullable(this.strongest);
	}

}
