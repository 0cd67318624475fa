package eu.sanctions.processes.renewal;

import eu.sanctions.events.SignalSeverity;

/**
 * What the veto-risk decision looks at. The blocking minority is computed here, in Java,
 * because it weighs populations; the decision table only sees whether it is reached.
 *
 * @param opposeCount states whose standing position is to oppose
 * @param constructiveAbstentionsBlock whether constructive abstentions form a blocking
 * minority
 * @param conditionalCount states that support with conditions
 * @param silentCount states that never answered
 * @param positionsClosed whether the round's positions are in: its deadline passed, or
 * every asked state answered (a state may still revise until the deadline)
 * @param strongestSignal the strongest pressure signal, absent if none
 */
public record VetoRiskInputs(int opposeCount, boolean constructiveAbstentionsBlock, int conditionalCount,
		int silentCount, boolean positionsClosed, SignalSeverity strongestSignal) {

	public static VetoRiskInputs of(PositionBook book, Unanimity.Verdict verdict, SignalPressure pressure) {
		return new VetoRiskInputs(verdict.opposing().size(), verdict.abstentionsBlock(),
				book.counts().supportWithConditions(), book.silent().size(),
				book.isClosed() || book.everyAskedStateAnswered(), pressure.strongest());
	}

}
