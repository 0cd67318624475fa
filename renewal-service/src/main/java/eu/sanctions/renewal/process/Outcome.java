package eu.sanctions.renewal.process;

import java.util.List;

import eu.sanctions.events.renewal.PositionRejected;

/** What became of a submitted position. */
public interface Outcome {

	/** A redelivery of a submission already handled: nothing was done. */
	Outcome DUPLICATE = new Outcome() {
	};

	/**
	 * Recorded: the state's task was completed.
	 *
	 * @param round the round it answers
	 */
	record Recorded(int round) implements Outcome {
	}

	/**
	 * Kept, and applied when the state is asked.
	 *
	 * @param why why not now
	 */
	record Kept(String why) implements Outcome {
	}

	/**
	 * Refused.
	 *
	 * @param reason why, as a code
	 * @param detail why, in words
	 * @param problems what is wrong with the submission's fields, when that is why
	 */
	record Refused(PositionRejected.Reason reason, String detail, List<String> problems) implements Outcome {

		public Refused {
			problems = List.copyOf(problems);
		}

	}

}
