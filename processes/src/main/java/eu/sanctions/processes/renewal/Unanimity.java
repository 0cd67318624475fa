package eu.sanctions.processes.renewal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;

/**
 * The Council renews a package by unanimity (Art. 31(1) TEU): one state opposing blocks
 * it. Abstaining does not, nor does a constructive abstention, unless the states
 * abstaining constructively are at least a third of the member states and hold at least a
 * third of the EU's population: then they form a blocking minority.
 */
public final class Unanimity {

	private final Populations populations;

	public Unanimity(Populations populations) {
		this.populations = populations;
	}

	/** Whether these constructive abstentions reach the blocking minority. */
	public boolean abstentionsBlock(Collection<MemberState> constructiveAbstainers) {
		Set<MemberState> states = constructiveAbstainers.isEmpty() ? EnumSet.noneOf(MemberState.class)
				: EnumSet.copyOf(constructiveAbstainers);
		boolean thirdOfStates = states.size() * 3 >= MemberState.values().length;
		boolean thirdOfPopulation = this.populations.of(states) * 3 >= this.populations.total();
		return thirdOfStates && thirdOfPopulation;
	}

	/** What the positions as they stand mean for an adoption. */
	public Verdict on(Map<MemberState, Position> positions) {
		Set<MemberState> opposing = EnumSet.noneOf(MemberState.class);
		Set<MemberState> constructive = EnumSet.noneOf(MemberState.class);
		positions.forEach((state, position) -> {
			if (position == Position.OPPOSE) {
				opposing.add(state);
			}
			else if (position == Position.CONSTRUCTIVE_ABSTENTION) {
				constructive.add(state);
			}
		});
		return new Verdict(opposing, constructive, abstentionsBlock(constructive));
	}

	/**
	 * The positions seen by the unanimity rule.
	 *
	 * @param opposing the states that oppose
	 * @param constructiveAbstainers the states that abstain with a declaration
	 * @param abstentionsBlock whether those abstentions form a blocking minority
	 */
	public record Verdict(Set<MemberState> opposing, Set<MemberState> constructiveAbstainers,
			boolean abstentionsBlock) {

		public Verdict {
			opposing = Collections.unmodifiableSet(copy(opposing));
			constructiveAbstainers = Collections.unmodifiableSet(copy(constructiveAbstainers));
		}

		/** No state opposes and the abstentions do not block. */
		public boolean allowsAdoption() {
			return this.opposing.isEmpty() && !this.abstentionsBlock;
		}

		/** The states that stand in the way: those opposing, and blocking abstainers. */
		public Set<MemberState> blockingStates() {
			Set<MemberState> blocking = copy(this.opposing);
			if (this.abstentionsBlock) {
				blocking.addAll(this.constructiveAbstainers);
			}
			return Collections.unmodifiableSet(blocking);
		}

		private static Set<MemberState> copy(Set<MemberState> states) {
			return states.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(states);
		}

	}

}
