package eu.sanctions.registry.renewals;

import eu.sanctions.registry.messaging.EventRefusedException;

/**
 * The registry refused an {@code extension-adopted} or {@code renewal-lapsed}: the
 * renewal has been told by {@code registry-update-rejected}, and the record goes to the
 * dead-letter topic.
 */
class RenewalEventRefused extends EventRefusedException {

	RenewalEventRefused(String eventId, String reason, String detail) {
		super(reason, "event " + eventId + " not applied: " + detail);
	}

}
