package eu.sanctions.events.registry;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Lists;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.SanctionsEvent;

/**
 * The registry applied an adopted extension: the measures are in force until the new
 * expiry, with the listings amended as adopted. This is the registry's confirmation to
 * the renewal.
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param renewalId the renewal that adopted the extension
 * @param causationEventId the id of the {@code extension-adopted} event applied
 * @param revision the package revision this created
 * @param sanctionsMapId the regime's id on the EU Sanctions Map
 * @param programmes the consolidated-list programme codes
 * @param legalActs the framework acts
 * @param outcome extended as is, or with amendments
 * @param previousExpiry the expiry before the extension
 * @param newExpiry the expiry now in force
 * @param actReference the renewal act, e.g. "Council Decision (CFSP) 2027/123"
 * @param adoptionDate when the Council adopted it
 * @param publicationDate when it was published in the Official Journal
 * @param entryIntoForceDate when it entered into force
 * @param listingsRemoved EU reference numbers no longer listed
 * @param listingsAdded EU reference numbers newly listed
 * @param listingCountBefore listings before the extension
 * @param listingCountAfter listings after it
 */
public record MeasuresExtended(String packageKey, String renewalId, String causationEventId, long revision,
		Integer sanctionsMapId, List<String> programmes, List<LegalAct> legalActs, RenewalOutcome outcome,
		LocalDate previousExpiry, LocalDate newExpiry, String actReference, LocalDate adoptionDate,
		LocalDate publicationDate, LocalDate entryIntoForceDate, List<String> listingsRemoved,
		List<String> listingsAdded, int listingCountBefore, int listingCountAfter) implements SanctionsEvent {

	public MeasuresExtended {
		programmes = Lists.copyOf(programmes);
		legalActs = Lists.copyOf(legalActs);
		listingsRemoved = Lists.copyOf(listingsRemoved);
		listingsAdded = Lists.copyOf(listingsAdded);
	}

}
