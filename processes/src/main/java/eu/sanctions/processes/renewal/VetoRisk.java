package eu.sanctions.processes.renewal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.RiskLevel;

/**
 * A veto-risk level explained: which states block, which waver, and why, in words. The
 * decision table picks the level and names its rule; this says what that means for the
 * states as they stand.
 *
 * @param level the level the decision gave
 * @param blockingStates the states whose position blocks the renewal
 * @param wavering the states whose position, silence or exposure to pressure puts it at
 * risk
 * @param reasons why, in words, the deciding rule first
 */
public record VetoRisk(RiskLevel level, Set<MemberState> blockingStates, Set<MemberState> wavering,
		List<String> reasons) {

	public VetoRisk {
		reasons = List.copyOf(reasons);
	}

	/**
	 * Explains a level.
	 * @param level the decision's level
	 * @param rule the decision's rule, e.g. {@code OPPOSITION}
	 */
	public static VetoRisk explain(RiskLevel level, String rule, PositionBook book, Unanimity.Verdict verdict,
			SignalPressure pressure) {
		Set<MemberState> blocking = verdict.blockingStates();
		List<String> reasons = new ArrayList<>();
		reasons.add(headline(rule));
		reasons.addAll(facts(book, verdict, pressure));
		return new VetoRisk(level, blocking, wavering(book, pressure, blocking), reasons);
	}

	/**
	 * What the positions and signals say, in words, whatever the level: who opposes,
	 * whose abstentions block, who attached conditions, who is silent, how strong the
	 * pressure is.
	 */
	public static List<String> facts(PositionBook book, Unanimity.Verdict verdict, SignalPressure pressure) {
		List<String> facts = new ArrayList<>();
		if (!verdict.opposing().isEmpty()) {
			facts.add(list(verdict.opposing()) + (verdict.opposing().size() == 1 ? " opposes" : " oppose")
					+ " the renewal.");
		}
		if (verdict.abstentionsBlock()) {
			facts.add("Constructive abstentions by " + list(verdict.constructiveAbstainers())
					+ " are at least a third of the states and of the population.");
		}
		book.conditions().forEach((state, conditions) -> facts.add(state + " supports with conditions: " + conditions));
		Set<MemberState> silent = book.silent();
		if (!silent.isEmpty()) {
			String states = (silent.size() == 1) ? "1 state" : silent.size() + " states";
			String silence = book.isClosed() ? " gave no response by the deadline: "
					: ((silent.size() == 1) ? " has" : " have") + " not answered yet: ";
			facts.add(states + silence + list(silent) + ".");
		}
		pressure.strongestSeverity()
			.ifPresent((severity) -> facts
				.add("The strongest pressure signal is " + severity + (pressure.statesConcerned().isEmpty() ? "."
						: ", bearing on " + list(pressure.statesConcerned()) + ".")));
		return facts;
	}

	/**
	 * The states that could still stand in the way: conditional, awaited in this round,
	 * silent, or named by a signal; the blocking states are not counted again.
	 */
	public static Set<MemberState> wavering(PositionBook book, SignalPressure pressure, Set<MemberState> blocking) {
		Set<MemberState> wavering = EnumSet.noneOf(MemberState.class);
		wavering.addAll(book.conditions().keySet());
		wavering.addAll(book.awaited());
		wavering.addAll(book.silent());
		wavering.addAll(pressure.statesConcerned());
		wavering.removeAll(blocking);
		return Collections.unmodifiableSet(wavering);
	}

	private static String headline(String rule) {
		return switch (rule) {
			case "OPPOSITION" -> "A state opposes: the renewal cannot be adopted unless it withdraws its veto.";
			case "BLOCKING_ABSTENTIONS" -> "Constructive abstentions form a blocking minority.";
			case "CONDITIONS" -> "Support depends on conditions that the proposal does not meet yet.";
			case "CRITICAL_SIGNAL" -> "A critical pressure signal is open while positions are being given.";
			case "SILENCE_UNDER_PRESSURE" -> "States have not answered while strong pressure is reported.";
			case "NO_RESPONSE" -> "States gave no response by the deadline; they may still object in the Council.";
			case "PRESSURE" -> "Strong pressure is reported against the renewal.";
			case "SILENCE" -> "States have not answered yet.";
			case "MINOR_PRESSURE" -> "Some pressure is reported against the renewal.";
			case "UNANIMITY" -> "Every state supports the renewal or abstains without blocking it.";
			default -> throw new IllegalArgumentException("The veto-risk decision has no rule " + rule);
		};
	}

	private static String list(Collection<MemberState> states) {
		return states.stream().map(MemberState::euCode).collect(Collectors.joining(", "));
	}

}
