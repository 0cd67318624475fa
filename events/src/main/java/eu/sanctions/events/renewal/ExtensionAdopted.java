package eu.sanctions.events.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Lists;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.RenewalScoped;

/**
 * The Council adopted the extension. The registry applies it and answers
 * {@code measures-extended} or {@code registry-update-rejected}.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param outcome extended as is, or with amendments
 * @param previousExpiry the expiry being extended; the registry refuses the event if it
 * holds another
 * @param newExpiry the new expiry
 * @param actReference e.g. "Council Decision (CFSP) 2027/123"
 * @param adoptionDate when the Council adopted it
 * @param publicationDate when it was published in the Official Journal
 * @param entryIntoForceDate when it enters into force
 * @param amendments the listings removed or added
 * @param recordedBy the staff user who recorded the adoption
 */
public record ExtensionAdopted(String renewalId, String packageKey, RenewalOutcome outcome, LocalDate previousExpiry,
		LocalDate newExpiry, String actReference, LocalDate adoptionDate, LocalDate publicationDate,
		LocalDate entryIntoForceDate, List<ListingAmendment> amendments, String recordedBy) implements RenewalScoped {

	public ExtensionAdopted {
		amendments = Lists.copyOf(amendments);
	}

}
