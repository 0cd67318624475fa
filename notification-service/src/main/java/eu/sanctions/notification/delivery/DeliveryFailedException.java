package eu.sanctions.notification.delivery;

/** An attempt to deliver failed; whether another could succeed, the sender says. */
class DeliveryFailedException extends RuntimeException {

	private final boolean retryable;

	DeliveryFailedException(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	DeliveryFailedException(String message, Throwable cause) {
		super(message, cause);
		this.retryable = true;
	}

	boolean retryable() {
		return this.retryable;
	}

}
