package eu.sanctions.notification.rules;

/** How a notification reaches its recipient. */
public enum Channel {

	/** Stored and readable through the API and its live stream: always on. */
	INBOX,
	/** Sent by SMTP to the recipient's configured address. */
	EMAIL,
	/** The CloudEvent POSTed, signed, to a subscription's URL. */
	WEBHOOK

}
