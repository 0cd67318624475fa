package eu.sanctions.renewal.renewal;

import java.time.Instant;

import eu.sanctions.events.MemberState;

/**
 * What the engine says of a renewal at the moment a state's position comes in.
 *
 * @param renewalId the renewal
 * @param state the state the position is for
 * @param known whether a renewal with this id ever existed
 * @param running whether it is running
 * @param stage where it stands
 * @param round the current round, 0 before positions are first requested
 * @param stateAsked whether the current round asks the state
 * @param stateTaskId the state's open position task, or {@code null}
 * @param positionsCloseAt when the current round's deadline passes, or {@code null}
 * before the first round
 */
public record RenewalSituation(String renewalId, MemberState state, boolean known, boolean running, Stage stage,
		int round, boolean stateAsked, String stateTaskId, Instant positionsCloseAt) {

	/** A renewal that does not exist. */
	public static RenewalSituation unknown(String renewalId, MemberState state) {
		return new RenewalSituation(renewalId, state, false, false, Stage.ENDED, 0, false, null, null);
	}

	/** A renewal that has ended. */
	public static RenewalSituation ended(String renewalId, MemberState state) {
		return new RenewalSituation(renewalId, state, true, false, Stage.ENDED, 0, false, null, null);
	}

	/** Where a running renewal stands, as far as positions go. */
	public enum Stage {

		/** Staff review the package: positions are not requested yet. */
		REVIEW,
		/**
		 * A round of positions is open, also while staff are offered to record the
		 * adoption.
		 */
		COLLECTING,
		/** Staff negotiate: another round may follow. */
		NEGOTIATION,
		/**
		 * Positions are closed: the deadline passed, or the adoption is recorded and the
		 * registry's confirmation awaited.
		 */
		CLOSED,
		/** The renewal is over. */
		ENDED

	}

}
