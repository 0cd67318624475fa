package eu.sanctions.notification;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.cloudevents.ReceivedEvent;

/** Events as the listener hands them on, for tests that skip Kafka. */
public final class Fixtures {

	public static final URI RENEWAL_SERVICE = URI.create("urn:eu-sanctions:renewal-service");

	private Fixtures() {
	}

	/** The event as decoded from Kafka, with a fresh CloudEvents id. */
	public static ReceivedEvent received(SanctionsEvent event) {
		return new ReceivedEvent(UUID.randomUUID().toString(), RENEWAL_SERVICE, EventType.of(event), event.subject(),
				OffsetDateTime.now(ZoneOffset.UTC), null, event);
	}

}
