package eu.sanctions.events;

/**
 * A member state's position on a renewal. {@link #NO_RESPONSE} is never submitted: it is
 * what a state that stayed silent until the deadline counts as.
 */
public enum Position {

	SUPPORT, SUPPORT_WITH_CONDITIONS, ABSTAIN,
	/**
	 * Art. 31(1) TEU, with a formal declaration: blocks only in numbers (a third of
	 * states and of population).
	 */
	CONSTRUCTIVE_ABSTENTION,
	/** A veto if it stands at adoption. */
	OPPOSE, NO_RESPONSE;

	public boolean isSubmittable() {
		return this != NO_RESPONSE;
	}

}
