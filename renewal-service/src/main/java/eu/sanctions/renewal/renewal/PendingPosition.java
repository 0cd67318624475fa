package eu.sanctions.renewal.renewal;

import java.time.Instant;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;

/**
 * A position that came before its state's task: kept, and applied when the state is
 * asked.
 *
 * @param id its number, {@code null} before it is kept
 * @param renewalId the renewal
 * @param packageKey the package
 * @param state the member state
 * @param position the position
 * @param conditions its conditions
 * @param justification its justification
 * @param channel the door it came through
 * @param submittedBy the desk user or system
 * @param eventId the {@code position-submitted} event, for Kafka submissions
 * @param receivedAt when it came
 */
public record PendingPosition(Long id, String renewalId, String packageKey, MemberState state, Position position,
		String conditions, String justification, SubmissionChannel channel, String submittedBy, String eventId,
		Instant receivedAt) {
}
