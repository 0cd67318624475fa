package eu.sanctions.notification.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {

	/** Waiting for its next attempt. */
	PENDING,
	/** Delivered. */
	SENT,
	/** Every attempt failed; it waits for someone to retry it by hand. */
	DEAD

}
