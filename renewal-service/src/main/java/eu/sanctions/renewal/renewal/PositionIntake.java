package eu.sanctions.renewal.renewal;

import java.time.Instant;

import eu.sanctions.events.renewal.PositionRejected.Reason;

/**
 * Where a position goes, whichever door it came through. A position for a state whose
 * task is open is applied; one that comes while staff review the package, or negotiate
 * after a round that every asked state answered before its deadline, is kept until
 * positions are requested again (no position is lost to the moment it arrives); the
 * others are refused with a reason the desk can act on, AFTER_DEADLINE once a round's
 * deadline has passed.
 */
public final class PositionIntake {

	private PositionIntake() {
	}

	public static IntakeDecision decide(RenewalSituation situation, Instant now) {
		String renewal = situation.renewalId();
		String state = situation.state().euCode();
		if (!situation.known()) {
			return new IntakeDecision.Refuse(Reason.UNKNOWN_RENEWAL, "No renewal " + renewal + " is known.");
		}
		if (!situation.running()) {
			return new IntakeDecision.Refuse(Reason.RENEWAL_CLOSED,
					"The renewal " + renewal + " has ended: it takes no more positions.");
		}
		boolean deadlinePassed = situation.positionsCloseAt() != null && !now.isBefore(situation.positionsCloseAt());
		if (situation.stateTaskId() != null) {
			return deadlinePassed ? afterDeadline(situation) : new IntakeDecision.Apply(situation.stateTaskId());
		}
		return switch (situation.stage()) {
			case REVIEW -> new IntakeDecision.Keep(
					"Positions on " + renewal + " are not requested yet (staff review the package); the position of "
							+ state + " is kept and applied when they are.");
			// A round that closed early (every asked state answered) may be followed by
			// another: a position kept now is not lost. One that closed at its deadline
			// makes a later position late for it, whatever follows.
			case NEGOTIATION ->
				deadlinePassed ? afterDeadline(situation)
						: new IntakeDecision.Keep("Staff negotiate " + renewal + " after round " + situation.round()
								+ "; the position of " + state + " is kept and applied if the next round asks " + state
								+ ".");
			case COLLECTING ->
				deadlinePassed ? afterDeadline(situation) : new IntakeDecision.Refuse(Reason.RENEWAL_CLOSED,
						state + " is not asked in round " + situation.round() + " of " + renewal + ".");
			// Before the deadline, desks' tasks stay open until the adoption is recorded.
			case CLOSED, ENDED ->
				deadlinePassed ? afterDeadline(situation) : new IntakeDecision.Refuse(Reason.RENEWAL_CLOSED,
						"Positions on " + renewal + " are closed: the Council's adoption is recorded.");
		};
	}

	private static IntakeDecision afterDeadline(RenewalSituation situation) {
		return new IntakeDecision.Refuse(Reason.AFTER_DEADLINE, "The deadline of round " + situation.round() + " of "
				+ situation.renewalId() + " has passed: positions are no longer accepted.");
	}

}
