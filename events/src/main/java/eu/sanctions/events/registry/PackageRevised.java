package eu.sanctions.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Listing;
import eu.sanctions.events.Lists;
import eu.sanctions.events.Measure;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.SanctionsEvent;

/**
 * The full state of a package after a revision, on the compacted topic: the latest record
 * of each key is the package as it stands, so a consumer can rebuild the registry from
 * Kafka alone.
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param revision the registry's revision number of the package, starting at 1
 * @param title the regime's title
 * @param issuer who adopted it: {@code EU}, {@code UN} or {@code UN and EU}
 * @param sanctionsMapId the regime's id on the EU Sanctions Map, if it has one
 * @param programmes the consolidated-list programme codes, e.g. {@code BLR}
 * @param status whether the measures are in force
 * @param adoptionDate when the package was first adopted, if known
 * @param expiry the current expiry date (Europe/Brussels), absent for packages without a
 * sunset clause
 * @param renewalCycleMonths how long a renewal usually extends the package
 * @param reviewWindowDays how many days before expiry the review starts
 * @param lapsedOn the first day the measures no longer apply, for a lapsed package
 * @param legalActs the framework acts (Decision, Regulation) and later ones
 * @param measures the measures by category
 * @param listings the persons and entities listed
 * @param revisedAt when the revision was made
 * @param cause the command or event that caused the revision
 */
public record PackageRevised(String packageKey, long revision, String title, String issuer, Integer sanctionsMapId,
		List<String> programmes, PackageStatus status, LocalDate adoptionDate, LocalDate expiry, int renewalCycleMonths,
		int reviewWindowDays, LocalDate lapsedOn, List<LegalAct> legalActs, List<Measure> measures,
		List<Listing> listings, Instant revisedAt, String cause) implements SanctionsEvent {

	public PackageRevised {
		programmes = Lists.copyOf(programmes);
		legalActs = Lists.copyOf(legalActs);
		measures = Lists.copyOf(measures);
		listings = Lists.copyOf(listings);
	}

}
