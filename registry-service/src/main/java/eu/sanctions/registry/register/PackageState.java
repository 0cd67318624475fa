package eu.sanctions.registry.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Listing;
import eu.sanctions.events.Lists;
import eu.sanctions.events.Measure;
import eu.sanctions.events.PackageStatus;

/**
 * A sanctions package at one revision: everything the register knows about it.
 *
 * @param key e.g. {@code EU-BLR}
 * @param title the regime's title
 * @param issuer {@code EU}, {@code UN} or {@code UN and EU}
 * @param sanctionsMapId the regime's id on the EU Sanctions Map, if it has one
 * @param programmes the consolidated-list programme codes, e.g. {@code BLR}
 * @param status whether the measures are in force
 * @param adoptionDate when the package was first adopted, if known
 * @param expiry the date until which the measures apply (Europe/Brussels); absent without
 * a sunset clause
 * @param renewalCycleMonths how long a renewal usually extends it; 0 without a sunset
 * clause
 * @param reviewWindowDays how many days before the expiry its review starts
 * @param lapsedOn the first day the measures no longer applied, for a lapsed package
 * @param legalActs the framework acts and the others the Sanctions Map names
 * @param measures the measures by category
 * @param listings the persons and entities listed
 */
public record PackageState(String key, String title, String issuer, Integer sanctionsMapId, List<String> programmes,
		PackageStatus status, LocalDate adoptionDate, LocalDate expiry, int renewalCycleMonths, int reviewWindowDays,
		LocalDate lapsedOn, List<LegalAct> legalActs, List<Measure> measures, List<Listing> listings) {

	public static final int DEFAULT_RENEWAL_CYCLE_MONTHS = 12;

	public static final int DEFAULT_REVIEW_WINDOW_DAYS = 120;

	public PackageState {
		PackageKey.requireValid(key);
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A package needs a title: " + key);
		}
		if (status == null) {
			throw new IllegalArgumentException("A package needs a status: " + key);
		}
		programmes = Lists.copyOf(programmes);
		legalActs = Lists.copyOf(legalActs);
		measures = Lists.copyOf(measures);
		listings = Lists.copyOf(listings);
	}

	public Optional<Listing> listing(String euReferenceNumber) {
		return this.listings.stream()
			.filter((listing) -> listing.euReferenceNumber().equals(euReferenceNumber))
			.findFirst();
	}

	public PackageState withMeasures(List<Measure> newMeasures) {
		return new PackageState(this.key, this.title, this.issuer, this.sanctionsMapId, this.programmes, this.status,
				this.adoptionDate, this.expiry, this.renewalCycleMonths, this.reviewWindowDays, this.lapsedOn,
				this.legalActs, newMeasures, this.listings);
	}

	public PackageState withListings(List<Listing> newListings) {
		return new PackageState(this.key, this.title, this.issuer, this.sanctionsMapId, this.programmes, this.status,
				this.adoptionDate, this.expiry, this.renewalCycleMonths, this.reviewWindowDays, this.lapsedOn,
				this.legalActs, this.measures, newListings);
	}

	public PackageState withAdoptionDate(LocalDate date) {
		return new PackageState(this.key, this.title, this.issuer, this.sanctionsMapId, this.programmes, this.status,
				date, this.expiry, this.renewalCycleMonths, this.reviewWindowDays, this.lapsedOn, this.legalActs,
				this.measures, this.listings);
	}

	PackageState withExpiry(LocalDate newExpiry) {
		return new PackageState(this.key, this.title, this.issuer, this.sanctionsMapId, this.programmes, this.status,
				this.adoptionDate, newExpiry, this.renewalCycleMonths, this.reviewWindowDays, this.lapsedOn,
				this.legalActs, this.measures, this.listings);
	}

	PackageState lapsedFrom(LocalDate firstDayWithout) {
		return new PackageState(this.key, this.title, this.issuer, this.sanctionsMapId, this.programmes,
				PackageStatus.LAPSED, this.adoptionDate, this.expiry, this.renewalCycleMonths, this.reviewWindowDays,
				firstDayWithout, this.legalActs, this.measures, this.listings);
	}

}
