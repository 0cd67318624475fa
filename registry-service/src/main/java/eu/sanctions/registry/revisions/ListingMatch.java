package eu.sanctions.registry.revisions;

import java.time.LocalDate;

import eu.sanctions.events.SubjectType;

/**
 * A listing found by name.
 *
 * @param packageKey the package that lists it
 * @param euReferenceNumber its EU reference number
 * @param subjectType person or entity
 * @param name its main name
 * @param listingDate when it was listed, if known
 */
public record ListingMatch(String packageKey, String euReferenceNumber, SubjectType subjectType, String name,
		LocalDate listingDate) {
}
