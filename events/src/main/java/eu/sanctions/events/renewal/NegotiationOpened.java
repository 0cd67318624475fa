package eu.sanctions.events.renewal;

import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;
import eu.sanctions.events.RiskLevel;

/**
 * The veto risk is high or blocked: staff negotiate an amended proposal.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param round the round whose positions led to it
 * @param level the risk level
 * @param blockingStates the states that block
 * @param waveringStates the states that waver
 * @param conditions the conditions states attached, by state, as they wrote them
 */
public record NegotiationOpened(String renewalId, String packageKey, int round, RiskLevel level,
		List<MemberState> blockingStates, List<MemberState> waveringStates,
		List<StateConditions> conditions) implements RenewalScoped {

	public NegotiationOpened {
		blockingStates = Lists.copyOf(blockingStates);
		waveringStates = Lists.copyOf(waveringStates);
		conditions = Lists.copyOf(conditions);
	}

	/**
	 * What one state asked for.
	 *
	 * @param state the state
	 * @param conditions its conditions, as it wrote them
	 */
	public record StateConditions(MemberState state, String conditions) {
	}

}
