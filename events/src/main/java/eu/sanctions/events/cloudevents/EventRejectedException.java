package eu.sanctions.events.cloudevents;

import java.util.List;

import io.cloudevents.CloudEvent;

/**
 * An inbound record is not an event of the contract. {@link Kind#UNREADABLE} records are
 * not CloudEvents at all and belong on the dead-letter topic; the others are CloudEvents
 * whose sender can be told why they were refused.
 */
public class EventRejectedException extends RuntimeException {

	private final Kind kind;

	private final transient CloudEvent event;

	private final List<String> violations;

	public EventRejectedException(Kind kind, String message, CloudEvent event, List<String> violations,
			Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.event = event;
		this.violations = List.copyOf(violations);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The CloudEvent as read, absent when the record was {@link Kind#UNREADABLE}. */
	public CloudEvent event() {
		return this.event;
	}

	/** What is wrong, one line per violation. */
	public List<String> violations() {
		return this.violations;
	}

	/** How far reading the record got. */
	public enum Kind {

		/** No CloudEvent could be read: missing or malformed {@code ce_*} headers. */
		UNREADABLE,
		/** A CloudEvent of a type the contract does not know. */
		UNKNOWN_TYPE,
		/**
		 * A CloudEvent of a known type whose data is not JSON or does not match the
		 * type's schema.
		 */
		SCHEMA_INVALID

	}

}
