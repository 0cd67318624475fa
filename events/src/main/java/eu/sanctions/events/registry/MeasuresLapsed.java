package eu.sanctions.events.registry;

import java.time.LocalDate;

import eu.sanctions.events.SanctionsEvent;

/**
 * No renewal was adopted before the expiry: the measures no longer apply, for everyone
 * listed.
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param renewalId the renewal that lapsed
 * @param causationEventId the id of the {@code renewal-lapsed} event applied
 * @param revision the package revision this created
 * @param expiry the last day the measures applied
 * @param lapsedOn the first day they no longer apply: the day after the expiry
 * @param listingCount how many listings ceased to apply
 */
public record MeasuresLapsed(String packageKey, String renewalId, String causationEventId, long revision,
		LocalDate expiry, LocalDate lapsedOn, int listingCount) implements SanctionsEvent {
}
