package eu.sanctions.events.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;

/**
 * Member states are asked for their position on the proposal: all 27 in the first round,
 * after a negotiation the states whose position was conditional or opposed (and any
 * others staff name).
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param round 1 for the first request, one more after each negotiation
 * @param states the states asked
 * @param deadline the last day a position is accepted
 * @param proposedNewExpiry the proposed new expiry
 * @param amendments the listing amendments in the proposal
 */
public record PositionsRequested(String renewalId, String packageKey, int round, List<MemberState> states,
		LocalDate deadline, LocalDate proposedNewExpiry, List<ListingAmendment> amendments) implements RenewalScoped {

	public PositionsRequested {
		states = Lists.copyOf(states);
		amendments = Lists.copyOf(amendments);
	}

}
