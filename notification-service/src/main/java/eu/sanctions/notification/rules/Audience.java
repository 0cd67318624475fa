package eu.sanctions.notification.rules;

/** Whom a rule tells. */
public enum Audience {

	/** The desks of the states asked for their position. */
	DESKS_ASKED,
	/** The desks of the states that have not answered yet. */
	DESKS_NOT_ANSWERED,
	/** The policy staff. */
	STAFF,
	/**
	 * Everyone subscribed to the package and the event type, desks and integrators alike;
	 * a desk without subscriptions of its own follows every package.
	 */
	PACKAGE_SUBSCRIBERS

}
