package eu.sanctions.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Listing;
import eu.sanctions.events.Measure;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.RenewalDuePolicy;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.revisions.PackageSummary;

/** What the API answers with. */
final class Views {

	private Views() {
	}

	/**
	 * A package at one revision.
	 *
	 * @param key e.g. {@code EU-BLR}
	 * @param revision the revision shown (its number is the ETag of the latest)
	 * @param effectiveDate the first day this revision was in force
	 * @param revisedAt when it was recorded
	 * @param cause what caused it
	 * @param inForceOn the date asked for with {@code asOf}, if any
	 * @param title the title
	 * @param issuer EU, UN or UN and EU
	 * @param sanctionsMapId the Sanctions Map id
	 * @param programmes the consolidated-list programme codes
	 * @param status whether the measures are in force
	 * @param adoptionDate first adoption
	 * @param expiry the expiry (Europe/Brussels)
	 * @param renewalCycleMonths the usual extension
	 * @param reviewWindowDays the review window
	 * @param reviewOpensOn the first day of the review window
	 * @param lapsedOn the first day without the measures, for a lapsed package
	 * @param legalActs the legal acts
	 * @param measures the measures
	 * @param listingCount how many are listed
	 * @param listings the listings
	 */
	record PackageView(String key, long revision, LocalDate effectiveDate, Instant revisedAt, String cause,
			LocalDate inForceOn, String title, String issuer, Integer sanctionsMapId, List<String> programmes,
			PackageStatus status, LocalDate adoptionDate, LocalDate expiry, int renewalCycleMonths,
			int reviewWindowDays, LocalDate reviewOpensOn, LocalDate lapsedOn, List<LegalAct> legalActs,
			List<Measure> measures, int listingCount, List<Listing> listings) {

		static PackageView of(Revision revision, LocalDate inForceOn) {
			PackageState state = revision.state();
			return new PackageView(state.key(), revision.number(), revision.effectiveDate(), revision.recordedAt(),
					revision.cause().description(), inForceOn, state.title(), state.issuer(), state.sanctionsMapId(),
					state.programmes(), state.status(), state.adoptionDate(), state.expiry(),
					state.renewalCycleMonths(), state.reviewWindowDays(), RenewalDuePolicy.reviewOpensOn(state),
					state.lapsedOn(), state.legalActs(), state.measures(), state.listings().size(), state.listings());
		}

	}

	/**
	 * A package in a list.
	 *
	 * @param key e.g. {@code EU-BLR}
	 * @param title the title
	 * @param sanctionsMapId the Sanctions Map id
	 * @param status whether the measures are in force
	 * @param expiry the expiry
	 * @param reviewOpensOn the first day of the review window
	 * @param expiredUnrenewed active, but its expiry has passed without a recorded
	 * renewal: stale data
	 * @param revision the latest revision
	 * @param revisedAt when it was recorded
	 */
	record PackageListItem(String key, String title, Integer sanctionsMapId, PackageStatus status, LocalDate expiry,
			LocalDate reviewOpensOn, boolean expiredUnrenewed, long revision, Instant revisedAt) {

		static PackageListItem of(PackageSummary summary, LocalDate today) {
			return new PackageListItem(summary.key(), summary.title(), summary.sanctionsMapId(), summary.status(),
					summary.expiry(),
					(summary.expiry() != null) ? summary.expiry().minusDays(summary.reviewWindowDays()) : null,
					summary.status() == PackageStatus.ACTIVE && summary.expiry() != null
							&& summary.expiry().isBefore(today),
					summary.revision(), summary.revisedAt());
		}

	}

}
