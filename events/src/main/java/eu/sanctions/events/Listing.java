package eu.sanctions.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A person or entity listed under a package.
 *
 * @param euReferenceNumber the EU reference number, e.g. {@code EU.1234.56}
 * @param subjectType person or entity
 * @param names the names and aliases, the first one being the main name
 * @param listingDate when the listing took effect
 * @param reasons the statement of reasons
 * @param annex the annex of the act that lists it, e.g. "Annex I"
 */
public record Listing(String euReferenceNumber, SubjectType subjectType, List<String> names, LocalDate listingDate,
		String reasons, String annex) {

	public Listing {
		names = Lists.copyOf(names);
	}

}
