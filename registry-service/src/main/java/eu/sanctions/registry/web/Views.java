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
import eu.sanctions.registry.revisions.PackageOnADay;
import eu.sanctions.registry.revisions.PackageSummary;
import eu.sanctions.registry.revisions.RevisionEntry;

/** What the API answers with. */
final class Views {

	private Views() {
	}

	/**
	 * A package at one revision.
	 *
	 * @param key e.g. {@code EU-BLR}
	 * @param revision the revision shown: without asOf, the one in force today
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
	 * @param upcoming for the package as it stands today, the revisions recorded to take
	 * effect later, oldest first (a lapse recorded before the expiry); otherwise empty
	 */
	record PackageView(String key, long revision, LocalDate effectiveDate, Instant revisedAt, String cause,
			LocalDate inForceOn, String title, String issuer, Integer sanctionsMapId, List<String> programmes,
			PackageStatus status, LocalDate adoptionDate, LocalDate expiry, int renewalCycleMonths,
			int reviewWindowDays, LocalDate reviewOpensOn, LocalDate lapsedOn, List<LegalAct> legalActs,
			List<Measure> measures, int listingCount, List<Listing> listings, List<Upcoming> upcoming) {

		static PackageView of(Revision revision, LocalDate inForceOn) {
			return of(revision, inForceOn, List.of());
		}

		static PackageView of(PackageOnADay today) {
			return of(today.inForce(), null, today.upcoming().stream().map(Upcoming::of).toList());
		}

		private static PackageView of(Revision revision, LocalDate inForceOn, List<Upcoming> upcoming) {
			PackageState state = revision.state();
			return new PackageView(state.key(), revision.number(), revision.effectiveDate(), revision.recordedAt(),
					revision.cause().description(), inForceOn, state.title(), state.issuer(), state.sanctionsMapId(),
					state.programmes(), state.status(), state.adoptionDate(), state.expiry(),
					state.renewalCycleMonths(), state.reviewWindowDays(), RenewalDuePolicy.reviewOpensOn(state),
					state.lapsedOn(), state.legalActs(), state.measures(), state.listings().size(), state.listings(),
					upcoming);
		}

	}

	/**
	 * A revision recorded that has not taken effect yet.
	 *
	 * @param revision its number
	 * @param effectiveDate the first day it will be in force
	 * @param summary what it will change, in words
	 */
	record Upcoming(long revision, LocalDate effectiveDate, String summary) {

		static Upcoming of(RevisionEntry entry) {
			return new Upcoming(entry.number(), entry.effectiveDate(), entry.summary());
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
	 * @param revision the revision shown: the one in force today
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
