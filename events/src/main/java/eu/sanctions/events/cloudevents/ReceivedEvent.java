package eu.sanctions.events.cloudevents;

import java.net.URI;
import java.time.OffsetDateTime;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;

/**
 * An event read and validated: its CloudEvents attributes and its data as the contract's
 * record.
 *
 * @param id the CloudEvents id, unique per event: what consumers deduplicate on
 * @param source who produced it
 * @param type its type
 * @param subject the package or renewal it is about
 * @param time when it happened
 * @param sequence its position in the producer's stream for the package, when the
 * producer numbers them
 * @param data the event itself
 */
public record ReceivedEvent(String id, URI source, EventType type, String subject, OffsetDateTime time, Long sequence,
		SanctionsEvent data) {

	public <T extends SanctionsEvent> T data(Class<T> recordType) {
		return recordType.cast(this.data);
	}

}
