package eu.sanctions.events.renewal;

import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SignalSeverity;

/**
 * The veto risk changed level. Published on each change of level, not on every
 * evaluation.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param round the round
 * @param level the new level
 * @param previousLevel the level before, absent for the first assessment
 * @param blockingStates states whose position blocks the renewal
 * @param waveringStates states whose position or silence puts it at risk
 * @param reasons why, in words
 * @param counts the positions counted
 * @param constructiveAbstentionsBlock whether constructive abstentions reach a third of
 * states and of population
 * @param strongestSignal the strongest open pressure signal, if any
 * @param trigger what made the assessment run
 */
public record VetoRiskAssessed(String renewalId, String packageKey, int round, RiskLevel level, RiskLevel previousLevel,
		List<MemberState> blockingStates, List<MemberState> waveringStates, List<String> reasons, PositionCounts counts,
		boolean constructiveAbstentionsBlock, SignalSeverity strongestSignal,
		Trigger trigger) implements RenewalScoped {

	public VetoRiskAssessed {
		blockingStates = Lists.copyOf(blockingStates);
		waveringStates = Lists.copyOf(waveringStates);
		reasons = Lists.copyOf(reasons);
	}

	/** What made the risk be assessed again. */
	public enum Trigger {

		POSITIONS_REQUESTED, POSITION, SIGNAL, DEADLINE

	}

}
