package eu.sanctions.events.renewal;

import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.SubmissionChannel;

/**
 * A submitted position was refused; the sender can see why. Keyed by the package named in
 * the submission.
 *
 * @param packageKey the package named in the submission
 * @param renewalId the renewal named or found, if any
 * @param state the state as submitted (it may not be a member state)
 * @param reason why, as a code
 * @param detail why, in words
 * @param rejectedEventId the id of the refused {@code position-submitted} event, for
 * Kafka submissions
 * @param channel the door it came through
 */
public record PositionRejected(String packageKey, String renewalId, String state, Reason reason, String detail,
		String rejectedEventId, SubmissionChannel channel) implements SanctionsEvent {

	@Override
	public String subject() {
		return (this.renewalId != null) ? this.renewalId : this.packageKey;
	}

	/** Why a position was refused. */
	public enum Reason {

		/** The state is not one of the 27. */
		UNKNOWN_STATE,
		/** No renewal of that package or id is known. */
		UNKNOWN_RENEWAL,
		/**
		 * The renewal no longer takes positions (adopted, lapsed, withdrawn, or positions
		 * not yet requested).
		 */
		RENEWAL_CLOSED,
		/** The position deadline has passed. */
		AFTER_DEADLINE,
		/** The submission does not match the published schema. */
		SCHEMA_INVALID,
		/** The sender may not speak for that state. */
		STATE_NOT_AUTHORIZED

	}

}
