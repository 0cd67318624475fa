package eu.sanctions.registry.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.sanctions.events.Listing;
import eu.sanctions.events.ListingAction;
import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Measure;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.SubjectType;
import eu.sanctions.events.registry.RegistryUpdateRejected.Reason;
import eu.sanctions.events.renewal.ExtensionAdopted;

/**
 * A package at its latest revision, and the changes that may be made to it. Each change
 * returns the next {@link Revision} and leaves this object as it is; nothing is stored
 * here.
 * <p>
 * Effective dates never go backwards within a package: a revision builds on the full
 * state of the one before, so it cannot take effect before it. A change whose natural
 * date is earlier takes effect with its predecessor.
 */
public final class SanctionsPackage {

	private final Revision latest;

	public SanctionsPackage(Revision latest) {
		this.latest = latest;
	}

	/** The first revision of a new package. */
	public static Revision create(PackageState state, Cause cause, LocalDate effectiveDate, Instant recordedAt,
			String summary) {
		return new Revision(state.key(), 1, effectiveDate, recordedAt, cause, summary, StateDiff.between(null, state),
				state);
	}

	public PackageState state() {
		return this.latest.state();
	}

	public String key() {
		return this.latest.packageKey();
	}

	public long revision() {
		return this.latest.number();
	}

	public Revision latest() {
		return this.latest;
	}

	/**
	 * The next revision with this state, or nothing if the state is the same: re-applying
	 * the same data changes nothing.
	 */
	public Optional<Revision> revise(PackageState next, Cause cause, LocalDate naturalEffectiveDate, Instant recordedAt,
			String summary) {
		if (!next.key().equals(key())) {
			throw new IllegalArgumentException("A revision of " + key() + " cannot hold " + next.key());
		}
		List<Change> changes = StateDiff.between(state(), next);
		if (changes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Revision(key(), revision() + 1, notBeforeLatest(naturalEffectiveDate), recordedAt, cause,
				summary, changes, next));
	}

	/**
	 * Applies an adopted extension: the new expiry and the listings amended, as one
	 * revision. It takes effect on the act's entry into force, or, when that is not
	 * known, on the day it is recorded.
	 * @throws UpdateRejected if the package is not active, its expiry is not the one the
	 * extension extends, the new expiry is not later, or an amendment does not fit the
	 * listings
	 */
	public Extension extend(ExtensionAdopted adopted, Cause cause, Instant recordedAt) {
		PackageState state = state();
		if (state.status() != PackageStatus.ACTIVE) {
			throw new UpdateRejected(Reason.PACKAGE_NOT_ACTIVE,
					key() + " is " + state.status() + ": a lapsed or repealed package cannot be extended",
					state.expiry(), adopted.previousExpiry());
		}
		if (state.expiry() == null || !state.expiry().equals(adopted.previousExpiry())) {
			throw new UpdateRejected(
					Reason.EXPIRY_MISMATCH, "The registry holds " + state.expiry() + " as the expiry of " + key()
							+ "; the extension expected " + adopted.previousExpiry(),
					state.expiry(), adopted.previousExpiry());
		}
		if (!adopted.newExpiry().isAfter(adopted.previousExpiry())) {
			throw new UpdateRejected(
					Reason.INVALID_NEW_EXPIRY, "The new expiry " + adopted.newExpiry()
							+ " is not after the expiry it extends, " + adopted.previousExpiry(),
					state.expiry(), adopted.previousExpiry());
		}
		List<Listing> listings = new ArrayList<>(state.listings());
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (ListingAmendment amendment : adopted.amendments()) {
			String reference = amendment.euReferenceNumber();
			boolean present = listings.stream().anyMatch((listing) -> listing.euReferenceNumber().equals(reference));
			if (amendment.action() == ListingAction.REMOVE) {
				if (!present) {
					throw new UpdateRejected(Reason.UNKNOWN_LISTING,
							reference + " is not listed under " + key() + ": it cannot be removed");
				}
				listings.removeIf((listing) -> listing.euReferenceNumber().equals(reference));
				removed.add(reference);
			}
			else {
				if (present) {
					throw new UpdateRejected(Reason.LISTING_ALREADY_PRESENT,
							reference + " is already listed under " + key());
				}
				listings.add(listingAddedBy(adopted, amendment));
				added.add(reference);
			}
		}
		PackageState next = state.withExpiry(adopted.newExpiry()).withListings(listings);
		LocalDate natural = (adopted.entryIntoForceDate() != null) ? adopted.entryIntoForceDate()
				: BrusselsTime.dateOf(recordedAt);
		String summary = "Extended from " + adopted.previousExpiry() + " to " + adopted.newExpiry() + " by "
				+ adopted.actReference() + " adopted on " + adopted.adoptionDate()
				+ (removed.isEmpty() ? "" : "; removed " + String.join(", ", removed))
				+ (added.isEmpty() ? "" : "; added " + String.join(", ", added));
		Revision revision = new Revision(key(), revision() + 1, notBeforeLatest(natural), recordedAt, cause, summary,
				StateDiff.between(state, next), next);
		return new Extension(revision, state.expiry(), removed, added, state.listings().size(), listings.size());
	}

	/**
	 * Records that no renewal was adopted: the package is {@code LAPSED} from the day
	 * after its expiry, which is also the revision's effective date.
	 * @throws UpdateRejected if the package is not active or its expiry is another
	 */
	public Revision lapse(LocalDate expiry, Cause cause, Instant recordedAt) {
		PackageState state = state();
		if (state.status() != PackageStatus.ACTIVE) {
			throw new UpdateRejected(Reason.PACKAGE_NOT_ACTIVE, key() + " is already " + state.status(), state.expiry(),
					expiry);
		}
		if (state.expiry() == null || !state.expiry().equals(expiry)) {
			throw new UpdateRejected(Reason.EXPIRY_MISMATCH, "The registry holds " + state.expiry()
					+ " as the expiry of " + key() + "; the lapse concerns " + expiry, state.expiry(), expiry);
		}
		LocalDate lapsedOn = expiry.plusDays(1);
		PackageState next = state.lapsedFrom(lapsedOn);
		return new Revision(key(), revision() + 1, notBeforeLatest(lapsedOn), recordedAt, cause,
				"Lapsed: no renewal adopted before " + expiry + "; the measures no longer apply from " + lapsedOn,
				StateDiff.between(state, next), next);
	}

	/** Staff replace the measures; effective the day it is recorded. */
	public Optional<Revision> replaceMeasures(List<Measure> measures, Cause cause, Instant recordedAt) {
		return revise(state().withMeasures(measures), cause, BrusselsTime.dateOf(recordedAt), recordedAt,
				"Measures replaced: " + measures.size() + " measures");
	}

	/**
	 * Staff add a listing; effective the day it is recorded.
	 * @throws UpdateRejected if it is already listed
	 */
	public Revision addListing(Listing listing, Cause cause, Instant recordedAt) {
		if (state().listing(listing.euReferenceNumber()).isPresent()) {
			throw new UpdateRejected(Reason.LISTING_ALREADY_PRESENT,
					listing.euReferenceNumber() + " is already listed under " + key());
		}
		List<Listing> listings = new ArrayList<>(state().listings());
		listings.add(listing);
		return revise(state().withListings(listings), cause, BrusselsTime.dateOf(recordedAt), recordedAt,
				"Listed " + listing.euReferenceNumber() + " (" + listing.names().get(0) + ")")
			.orElseThrow();
	}

	/**
	 * Staff remove a listing; effective the day it is recorded.
	 * @throws UpdateRejected if it is not listed
	 */
	public Revision removeListing(String euReferenceNumber, Cause cause, Instant recordedAt) {
		Listing listing = state().listing(euReferenceNumber)
			.orElseThrow(() -> new UpdateRejected(Reason.UNKNOWN_LISTING,
					euReferenceNumber + " is not listed under " + key()));
		List<Listing> listings = new ArrayList<>(state().listings());
		listings.remove(listing);
		return revise(state().withListings(listings), cause, BrusselsTime.dateOf(recordedAt), recordedAt,
				"Delisted " + euReferenceNumber + " (" + listing.names().get(0) + ")")
			.orElseThrow();
	}

	private LocalDate notBeforeLatest(LocalDate natural) {
		return natural.isBefore(this.latest.effectiveDate()) ? this.latest.effectiveDate() : natural;
	}

	/**
	 * A listing added by a renewal, of the kind its amendment names, with the act and the
	 * reason as its reasons. An amendment of a sender that does not name the kind (it is
	 * optional in the contract) lists a person, as most listings are.
	 */
	private static Listing listingAddedBy(ExtensionAdopted adopted, ListingAmendment amendment) {
		String name = (amendment.name() != null && !amendment.name().isBlank()) ? amendment.name()
				: amendment.euReferenceNumber();
		SubjectType subjectType = (amendment.subjectType() != null) ? amendment.subjectType() : SubjectType.PERSON;
		return new Listing(amendment.euReferenceNumber(), subjectType, List.of(name), adopted.adoptionDate(),
				amendment.reason() + " (" + adopted.actReference() + ")", null);
	}

	/**
	 * An extension applied.
	 *
	 * @param revision the revision it made
	 * @param previousExpiry the expiry it extended
	 * @param listingsRemoved the EU reference numbers it delisted
	 * @param listingsAdded the EU reference numbers it listed
	 * @param listingCountBefore listings before
	 * @param listingCountAfter listings after
	 */
	public record Extension(Revision revision, LocalDate previousExpiry, List<String> listingsRemoved,
			List<String> listingsAdded, int listingCountBefore, int listingCountAfter) {

		public Extension {
			listingsRemoved = List.copyOf(listingsRemoved);
			listingsAdded = List.copyOf(listingsAdded);
		}

	}

}
