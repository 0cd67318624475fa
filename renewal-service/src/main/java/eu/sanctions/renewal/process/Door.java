package eu.sanctions.renewal.process;

/**
 * The door a position came through, as far as applying it goes: called in the transaction
 * that applies, keeps or refuses it.
 */
public interface Door {

	/** The REST API: it answers the caller itself, and has nothing to deduplicate. */
	Door REST = new Door() {

		@Override
		public boolean begin() {
			return true;
		}

		@Override
		public void refused(Outcome.Refused refused) {
		}

	};

	/**
	 * Called first: {@code false} when the submission was handled before (a redelivery),
	 * and nothing more is done.
	 */
	boolean begin();

	/** Tells the sender why its position was refused. */
	void refused(Outcome.Refused refused);

}
