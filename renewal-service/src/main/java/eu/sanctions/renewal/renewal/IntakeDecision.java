package eu.sanctions.renewal.renewal;

import eu.sanctions.events.renewal.PositionRejected;

/** Where a submitted position goes. */
public sealed interface IntakeDecision {

	/**
	 * Into the state's open task, now.
	 *
	 * @param taskId the task
	 */
	record Apply(String taskId) implements IntakeDecision {
	}

	/**
	 * Kept, and applied when the state is asked.
	 *
	 * @param why why it cannot be applied now
	 */
	record Keep(String why) implements IntakeDecision {
	}

	/**
	 * Refused; the sender is told why.
	 *
	 * @param reason why, as a code
	 * @param detail why, in words
	 */
	record Refuse(PositionRejected.Reason reason, String detail) implements IntakeDecision {
	}

}
