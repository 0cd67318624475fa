package eu.sanctions.events;

/** What a renewal does to one listing. */
public enum ListingAction {

	REMOVE, ADD

}
