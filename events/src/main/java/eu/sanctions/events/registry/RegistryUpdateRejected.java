package eu.sanctions.events.registry;

import java.time.LocalDate;

import eu.sanctions.events.SanctionsEvent;

/**
 * The registry refused to apply a renewal's event, because it does not fit the package as
 * it stands. The event went to the dead-letter topic too; this tells the renewal why.
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param renewalId the renewal whose event was refused, if known
 * @param rejectedEventId the id of the refused event
 * @param rejectedEventType the type of the refused event
 * @param reason why, as a code
 * @param detail why, in words
 * @param registryExpiry the expiry the registry holds
 * @param eventPreviousExpiry the expiry the event expected
 */
public record RegistryUpdateRejected(String packageKey, String renewalId, String rejectedEventId,
		String rejectedEventType, Reason reason, String detail, LocalDate registryExpiry,
		LocalDate eventPreviousExpiry) implements SanctionsEvent {

	/** Why the registry refused an update. */
	public enum Reason {

		UNKNOWN_PACKAGE, PACKAGE_NOT_ACTIVE, EXPIRY_MISMATCH, INVALID_NEW_EXPIRY, UNKNOWN_LISTING,
		LISTING_ALREADY_PRESENT

	}

}
