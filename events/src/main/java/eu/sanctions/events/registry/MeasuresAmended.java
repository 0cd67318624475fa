package eu.sanctions.events.registry;

import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.SanctionsEvent;

/**
 * Staff changed a package's measures or listings outside a renewal (or an import revised
 * it).
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param revision the package revision this created
 * @param summary what changed, in words
 * @param listingsRemoved EU reference numbers no longer listed
 * @param listingsAdded EU reference numbers newly listed
 * @param listingCountBefore listings before the change
 * @param listingCountAfter listings after it
 * @param cause the command or import that made the change
 */
public record MeasuresAmended(String packageKey, long revision, String summary, List<String> listingsRemoved,
		List<String> listingsAdded, int listingCountBefore, int listingCountAfter,
		String cause) implements SanctionsEvent {

	public MeasuresAmended {
		listingsRemoved = Lists.copyOf(listingsRemoved);
		listingsAdded = Lists.copyOf(listingsAdded);
	}

}
