package eu.sanctions.events;

/** The outbox or the inbox could not be read or written. */
public class EventStorageException extends RuntimeException {

	public EventStorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
