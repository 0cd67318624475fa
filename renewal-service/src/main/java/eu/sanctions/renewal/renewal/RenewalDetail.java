package eu.sanctions.renewal.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.ListingAmendment;

/**
 * A renewal with everything staff and desks look at: the proposal, each state's position
 * and its history, the veto risk and its history, and the timeline.
 *
 * @param id the renewal, {@code EU-BLR:2027-02-28}
 * @param packageKey the package
 * @param expiry the expiry it renews
 * @param status running, or how it ended
 * @param phase where it stands
 * @param round the current round of positions
 * @param startedAt when it started
 * @param startedBy who started it
 * @param endedAt when it ended
 * @param outcome how it ended for the measures
 * @param proposal what the states are asked to agree to
 * @param positions each state's latest position, with its earlier ones
 * @param risk the current veto risk and how it changed
 * @param timeline what happened, in order
 */
public record RenewalDetail(String id, String packageKey, LocalDate expiry, RenewalStatus status, Phase phase,
		int round, Instant startedAt, String startedBy, Instant endedAt, String outcome, Proposal proposal,
		List<StatePosition> positions, Risk risk, List<TimelineEntry> timeline) {

	/**
	 * The proposal.
	 *
	 * @param recommendation staff's recommendation at review
	 * @param proposedNewExpiry the proposed new expiry
	 * @param positionDeadline the current deadline for positions
	 * @param amendments the listing amendments proposed
	 * @param askedStates the states the current round asks
	 */
	public record Proposal(String recommendation, LocalDate proposedNewExpiry, LocalDate positionDeadline,
			List<ListingAmendment> amendments, List<String> askedStates) {
	}

	/**
	 * A state's latest position.
	 *
	 * @param state the member state
	 * @param position its position
	 * @param conditions its conditions
	 * @param justification its justification or declaration
	 * @param channel the door it came through
	 * @param submittedBy who submitted it
	 * @param recordedAt when
	 * @param round the round it answers
	 * @param history every position the state gave, oldest first, this one last
	 */
	public record StatePosition(String state, String position, String conditions, String justification, String channel,
			String submittedBy, Instant recordedAt, int round, List<PositionChange> history) {
	}

	/**
	 * One position a state gave.
	 *
	 * @param position the position
	 * @param conditions its conditions
	 * @param round the round
	 * @param channel the door
	 * @param recordedAt when
	 */
	public record PositionChange(String position, String conditions, int round, String channel, Instant recordedAt) {
	}

	/**
	 * The veto risk.
	 *
	 * @param level the current level, absent before the first assessment
	 * @param blockingStates states whose position blocks
	 * @param waveringStates states whose position or silence puts the renewal at risk
	 * @param reasons why, in words
	 * @param assessedAt when it last changed
	 * @param history every change, oldest first
	 */
	public record Risk(String level, List<String> blockingStates, List<String> waveringStates, List<String> reasons,
			Instant assessedAt, List<RiskChange> history) {
	}

	/**
	 * A change of the veto risk.
	 *
	 * @param level the new level
	 * @param previousLevel the level before
	 * @param trigger what made it be assessed
	 * @param assessedAt when
	 */
	public record RiskChange(String level, String previousLevel, String trigger, Instant assessedAt) {
	}

	/**
	 * An entry of the timeline.
	 *
	 * @param time when
	 * @param type what: the CloudEvents type of an event published or received, e.g.
	 * {@code eu.sanctions.renewal.position-recorded.v1}, or what came in and changed
	 * nothing, e.g. {@code position-kept}, {@code measures-extended-ignored}
	 * @param summary what, in words
	 * @param eventId the event published or received, if any
	 */
	public record TimelineEntry(Instant time, String type, String summary, String eventId) {
	}

}
