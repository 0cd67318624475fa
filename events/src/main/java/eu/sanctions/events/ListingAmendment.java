package eu.sanctions.events;

/**
 * A listing removed from or added to a package by a renewal, e.g. a delisting a state
 * asked for.
 *
 * @param action remove or add
 * @param euReferenceNumber the listing's EU reference number
 * @param name the listed name, so a reader need not look it up
 * @param reason why, in words (required: delistings are political)
 */
public record ListingAmendment(ListingAction action, String euReferenceNumber, String name, String reason) {
}
