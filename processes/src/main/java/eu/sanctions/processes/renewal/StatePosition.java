package eu.sanctions.processes.renewal;

import java.time.Instant;
import java.util.Objects;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;

/**
 * What one member state answered in one round; within a round, the latest answer counts.
 *
 * @param state the member state
 * @param round the round it answers
 * @param position its position
 * @param conditions the conditions attached, with {@code SUPPORT_WITH_CONDITIONS} only
 * @param justification the justification, or the declaration of a constructive abstention
 * @param channel the door it came through
 * @param submittedBy the desk user or system
 * @param recordedAt when it was recorded
 */
public record StatePosition(MemberState state, int round, Position position, String conditions, String justification,
		SubmissionChannel channel, String submittedBy, Instant recordedAt) {

	public StatePosition {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if (round < 1) {
			throw new IllegalArgumentException("Positions answer a round, starting at 1: " + round);
		}
		if (!position.isSubmittable()) {
			throw new IllegalArgumentException("No state answers " + position + ": it is what silence counts as");
		}
	}

}
