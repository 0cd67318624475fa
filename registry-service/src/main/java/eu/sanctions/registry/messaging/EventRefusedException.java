package eu.sanctions.registry.messaging;

/**
 * A consumer read an event of the contract but refused to apply it, for a reason it has
 * already told the sender. The record goes to the dead-letter topic at once, never
 * retried, with the reason in a {@value #REASON_HEADER} header beside Spring's
 * {@code kafka_dlt-*} exception headers.
 */
public class EventRefusedException extends RuntimeException {

	/** The header of the dead-letter record that holds {@link #reason()}. */
	public static final String REASON_HEADER = "sanctions_refusal-reason";

	private final String reason;

	public EventRefusedException(String reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
	}

	/** Why, as a code, e.g. {@code EXPIRY_MISMATCH}. */
	public String reason() {
		return this.reason;
	}

}
