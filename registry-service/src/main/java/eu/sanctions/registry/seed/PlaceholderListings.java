package eu.sanctions.registry.seed;

import java.util.ArrayList;
import java.util.List;

import eu.sanctions.events.Listing;
import eu.sanctions.events.SubjectType;

/**
 * Stand-ins for the Belarus listings, which the reference data do not hold: as many
 * persons and entities as were listed at the extension of 26 February 2026, each named as
 * a placeholder, with EU reference numbers in a form the EU never issues
 * ({@code EU.BLR.P001}, {@code EU.BLR.E001}). See {@code seed/README.md}.
 */
final class PlaceholderListings {

	static final int PERSONS = 312;

	static final int ENTITIES = 57;

	private static final String REASONS = "Placeholder, not a real listing: the registry's reference data hold no "
			+ "Belarus listings, so the seed stands in one entry for each of the %d %s listed when the package was "
			+ "extended on 26 February 2026. Replace by importing the consolidated list.";

	private PlaceholderListings() {
	}

	static List<Listing> belarus() {
		List<Listing> listings = new ArrayList<>(PERSONS + ENTITIES);
		for (int number = 1; number <= PERSONS; number++) {
			listings.add(new Listing(String.format("EU.BLR.P%03d", number), SubjectType.PERSON,
					List.of(String.format("Placeholder person %03d (not a real listing)", number)), null,
					String.format(REASONS, PERSONS, "persons"), "Annex I"));
		}
		for (int number = 1; number <= ENTITIES; number++) {
			listings.add(new Listing(String.format("EU.BLR.E%03d", number), SubjectType.ENTITY,
					List.of(String.format("Placeholder entity %03d (not a real listing)", number)), null,
					String.format(REASONS, ENTITIES, "entities"), "Annex I"));
		}
		return listings;
	}

}
