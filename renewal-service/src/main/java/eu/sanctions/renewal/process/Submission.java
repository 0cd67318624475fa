package eu.sanctions.renewal.process;

import java.time.Instant;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.renewal.renewal.PendingPosition;

/**
 * A position to apply, checked for its fields already, from whichever door.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param state the member state
 * @param position the position
 * @param conditions its conditions
 * @param justification its justification or declaration
 * @param channel the door
 * @param submittedBy the desk user or system
 * @param eventId the {@code position-submitted} event, for Kafka submissions
 */
public record Submission(String renewalId, String packageKey, MemberState state, Position position, String conditions,
		String justification, SubmissionChannel channel, String submittedBy, String eventId) {

	static Submission of(PendingPosition kept) {
		return new Submission(kept.renewalId(), kept.packageKey(), kept.state(), kept.position(), kept.conditions(),
				kept.justification(), kept.channel(), kept.submittedBy(), kept.eventId());
	}

	PendingPosition kept(Instant at) {
		return new PendingPosition(null, this.renewalId, this.packageKey, this.state, this.position, this.conditions,
				this.justification, this.channel, this.submittedBy, this.eventId, at);
	}

}
