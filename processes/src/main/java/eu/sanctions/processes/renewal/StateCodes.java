package eu.sanctions.processes.renewal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import eu.sanctions.events.MemberState;

/**
 * Member states written as a comma-separated list of EU codes, {@code HU,LT,EL}: how a
 * set of states fits in one string variable and one form field.
 */
public final class StateCodes {

	private StateCodes() {
	}

	/** Reads the list; blank reads as no state. */
	public static Set<MemberState> parse(String codes) {
		Set<MemberState> states = EnumSet.noneOf(MemberState.class);
		if (codes == null || codes.isBlank()) {
			return states;
		}
		for (String code : codes.split(",")) {
			states.add(MemberState.fromCode(code)
				.orElseThrow(() -> new IllegalArgumentException("Not a member state: \"" + code.trim() + "\"")));
		}
		return states;
	}

	/** The codes that are not member states, in the order written. */
	public static Set<String> unknown(String codes) {
		if (codes == null || codes.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(codes.split(","))
			.map(String::trim)
			.filter((code) -> MemberState.fromCode(code).isEmpty())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	public static String format(Collection<MemberState> states) {
		return EnumSet.copyOf(states.isEmpty() ? EnumSet.noneOf(MemberState.class) : states)
			.stream()
			.map(MemberState::euCode)
			.collect(Collectors.joining(","));
	}

}
