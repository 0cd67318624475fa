package eu.sanctions.events;

/**
 * A listing removed from or added to a package by a renewal, e.g. a delisting a state
 * asked for.
 *
 * @param action remove or add
 * @param euReferenceNumber the listing's EU reference number
 * @param name the listed name, so a reader need not look it up
 * @param reason why, in words (required: delistings are political)
 * @param subjectType for an addition, whether it lists a person or an entity; absent for
 * a removal
 */
public record ListingAmendment(ListingAction action, String euReferenceNumber, String name, String reason,
		SubjectType subjectType) {

	/** A removal, or an addition whose subject type the sender does not give. */
	public ListingAmendment(ListingAction action, String euReferenceNumber, String name, String reason) {
		this(action, euReferenceNumber, name, reason, null);
	}

}
