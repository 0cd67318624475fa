package eu.sanctions.processes.process;

import java.util.List;

/**
 * A position came after its round's deadline, before the engine's deadline timer closed
 * the round. renewal-service answers {@code AFTER_DEADLINE}.
 */
public class PositionAfterDeadline extends RejectedTaskInput {

	public PositionAfterDeadline(String task, String deadline) {
		super(task, List.of("The deadline (" + deadline + ") has passed: positions are no longer accepted."));
	}

}
