package eu.sanctions.events.renewal;

import java.time.Instant;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.RenewalScoped;
import eu.sanctions.events.SubmissionChannel;

/**
 * A member state's position was recorded; the latest one counts.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param round the round it answers
 * @param state the member state
 * @param position its position
 * @param previousPosition what it had said before in this round, if this is a revision
 * @param conditions the conditions attached, e.g. "delist EU.123.45"
 * @param justification the desk's justification or declaration
 * @param channel Tasklist, REST or Kafka
 * @param submittedBy the desk user or system
 * @param recordedAt when it was recorded
 */
public record PositionRecorded(String renewalId, String packageKey, int round, MemberState state, Position position,
		Position previousPosition, String conditions, String justification, SubmissionChannel channel,
		String submittedBy, Instant recordedAt) implements RenewalScoped {
}
